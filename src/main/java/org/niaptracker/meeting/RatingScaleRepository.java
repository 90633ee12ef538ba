package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingScaleRepository extends JpaRepository<RatingScale, Long> {

	List<RatingScale> findAllByOrderByCodeAsc();

	Optional<RatingScale> findByCode(String code);

}
