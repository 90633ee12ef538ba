package org.niaptracker.review;

import java.util.List;
import java.util.Map;

import org.niaptracker.report.AssessmentView;
import org.niaptracker.report.lifecycle.ReportPage;

/**
 * The review page of a report: the report as submitted, the Secretariat's rating beside
 * the Party's for each action, and the comments, per action and on the whole report.
 */
public record ReviewView(ReportPage page, Map<String, AssessmentView> assessments, List<CommentView> general,
		Map<String, List<CommentView>> byAction, boolean canAssess, boolean canComment, boolean assessmentPublished) {

	public List<CommentView> commentsOn(String actionNumber) {
		return this.byAction.getOrDefault(actionNumber, List.of());
	}

}
