package org.niaptracker.report;

import java.util.Collection;
import java.util.Map;

/**
 * The Secretariat's own ratings of a report's actions, as the current user may see them.
 * The core asks through this interface so that it reads the review's data without
 * depending on the review: the review feature implements it.
 */
public interface SecretariatRatings {

	/**
	 * The Secretariat's ratings by action number, where the current user may see them;
	 * empty otherwise.
	 */
	Map<String, AssessmentView> visibleIn(ReportingPeriod report);

	/**
	 * The Secretariat's ratings of the given evaluations (of any reports), by evaluation
	 * id: one statement for all, none when {@code evaluationIds} is empty. The caller
	 * passes only evaluations of reports whose assessment the reader may see; an
	 * evaluation the Secretariat has not rated is absent.
	 */
	Map<Long, ReportView.RatingView> ofEvaluations(Collection<Long> evaluationIds);

}
