package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressRatingRepository extends JpaRepository<ProgressRating, Long> {

	List<ProgressRating> findByRatingScaleIdOrderByPosition(Long ratingScaleId);

	Optional<ProgressRating> findByRatingScaleIdAndCode(Long ratingScaleId, String code);

	List<ProgressRating> findAllByOrderByPosition();

}
