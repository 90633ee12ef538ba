package org.niaptracker.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

	/** A report's comments with their actions, oldest first, in one statement. */
	@Query("""
			select c from ReviewComment c left join fetch c.action
			where c.reportingPeriod.id = :reportId order by c.createdAt, c.id""")
	List<ReviewComment> findForReport(Long reportId);

}
