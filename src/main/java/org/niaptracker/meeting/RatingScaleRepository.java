package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RatingScaleRepository extends JpaRepository<RatingScale, Long> {

	List<RatingScale> findAllByOrderByCodeAsc();

	Optional<RatingScale> findByCode(String code);

	/** The scale, its version raised on save even when only its ratings change. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select s from RatingScale s where s.code = :code")
	Optional<RatingScale> findForUpdate(String code);

}
