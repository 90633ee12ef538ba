package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m join fetch m.ratingScale where m.code = :code")
	Optional<Meeting> findByCode(String code);

	List<Meeting> findByNumberGreaterThanOrderByNumber(int number);

	@Query("select m from Meeting m join fetch m.ratingScale order by m.number")
	List<Meeting> findAllWithScale();

	@Query("select m.code from Meeting m order by m.number")
	List<String> findCodes();

	/**
	 * Whether any report is made to the meeting. Reports belong to a feature that builds
	 * on this one, so the question is asked of the table its foreign key points from.
	 */
	@Query(value = "select exists (select 1 from reporting_period rp where rp.meeting_id = :meetingId)",
			nativeQuery = true)
	boolean isReported(long meetingId);

	/** Whether any meeting rates its reports on the scale. */
	boolean existsByRatingScaleId(Long ratingScaleId);

	@Query("select m from Meeting m where m.ratingScale.id = :scaleId order by m.number")
	List<Meeting> findByScale(Long scaleId);

}
