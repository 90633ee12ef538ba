package org.niaptracker.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.niap.Action;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.lifecycle.ReportLifecycleService;
import org.niaptracker.report.lifecycle.ReportPage;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's review of a report and the conversation with the Party about it: the
 * page, and comments on actions or on the whole report.
 */
@Service
@Transactional
public class ReviewService {

	private final ReportReader reports;

	private final ReviewCommentRepository comments;

	private final ReportLifecycleService lifecycle;

	private final ReportAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReviewService(ReportReader reports, ReviewCommentRepository comments, ReportLifecycleService lifecycle,
			ReportAccess access, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.reports = reports;
		this.comments = comments;
		this.lifecycle = lifecycle;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ReviewView review(String partyCode, String meetingCode) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkReadReview(report);
		ReportPage page = this.lifecycle.page(partyCode, meetingCode);
		List<CommentView> general = new ArrayList<>();
		Map<String, List<CommentView>> byAction = new LinkedHashMap<>();
		for (ReviewComment comment : this.comments.findForReport(report.getId())) {
			CommentView view = CommentView.of(comment);
			if (view.actionNumber() == null) {
				general.add(view);
			}
			else {
				byAction.computeIfAbsent(view.actionNumber(), (number) -> new ArrayList<>()).add(view);
			}
		}
		return new ReviewView(page, page.assessments(), general, byAction, this.access.canAssess(report.getStatus()),
				this.access.canComment(partyCode, report.getStatus()), report.isAssessmentPublished());
	}

	/** Adds a comment on an action of the report or, without an action, on the report. */
	public void comment(String partyCode, String meetingCode, CommentForm form) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkComment(report);
		Action action = null;
		if (!form.getAction().isEmpty()) {
			action = this.reports.findAction(report, form.getAction());
		}
		NiapUser user = CurrentUser.get().orElseThrow();
		this.comments.save(new ReviewComment(report, action, user.getId(), user.getUsername(), user.getRole(),
				form.getBody(), this.clock.instant()));
		this.events.publishEvent(new CommentAddedEvent(partyCode, report.getParty().getName(), meetingCode,
				(action != null) ? action.getNumber() : null, user.getUsername(), user.getRole(), form.getBody()));
	}

}
