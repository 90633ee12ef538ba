package org.niaptracker.review;

import java.time.Instant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

	/** A report's comments with their actions, oldest first, in one statement. */
	@Query("""
			select c from ReviewComment c left join fetch c.action
			where c.reportingPeriod.id = :reportId order by c.createdAt, c.id""")
	List<ReviewComment> findForReport(Long reportId);

	/**
	 * Comments newer than {@code since} that were not written by {@code userId}: for a
	 * Party (its focal points read them), the Secretariat's on that Party's reports; for
	 * the Secretariat ({@code partyCode} null), the Parties' comments ({@code c} the
	 * comment, {@code p} the Party of its report). What {@link #findNewFor} lists and
	 * {@link #countNewFor} counts.
	 */
	String NEW_FOR = """
			 where c.createdAt > :since and (c.authorId is null or c.authorId <> :userId)
			 and ((:partyCode is null and c.authorRole = org.niaptracker.user.Role.FOCAL_POINT)
			   or (p.code = :partyCode and c.authorRole <> org.niaptracker.user.Role.FOCAL_POINT))
			""";

	/** The comments {@link #NEW_FOR}, newest first, with their report and action. */
	@Query("select c from ReviewComment c join fetch c.reportingPeriod r join fetch r.party p join fetch r.meeting"
			+ " left join fetch c.action" + NEW_FOR + " order by c.createdAt desc")
	List<ReviewComment> findNewFor(Long userId, String partyCode, Instant since);

	/** How many comments {@link #findNewFor} finds. */
	@Query("select count(c) from ReviewComment c join c.reportingPeriod r join r.party p" + NEW_FOR)
	long countNewFor(Long userId, String partyCode, Instant since);

}
