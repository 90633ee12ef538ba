package org.niaptracker.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressRatingRepository extends JpaRepository<ProgressRating, Long> {

	List<ProgressRating> findByRatingScaleIdOrderByPosition(Long ratingScaleId);

	Optional<ProgressRating> findByRatingScaleIdAndCode(Long ratingScaleId, String code);

	List<ProgressRating> findAllByOrderByPosition();

	/** The ratings of several scales with their scale, in order, in one statement. */
	@Query("select r from ProgressRating r join fetch r.ratingScale s where s.id in :scaleIds order by s.id, r.position")
	List<ProgressRating> findOfScales(Collection<Long> scaleIds);

}
