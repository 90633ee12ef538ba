package org.niaptracker.report;

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

}
