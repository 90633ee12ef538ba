package org.niaptracker.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReviewNotes;
import org.niaptracker.user.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's comments for the pages where the Party works on its report. */
@Service
@Transactional(readOnly = true)
class CommentReader implements ReviewNotes {

	private final ReviewCommentRepository comments;

	private final ReportAccess access;

	CommentReader(ReviewCommentRepository comments, ReportAccess access) {
		this.comments = comments;
		this.access = access;
	}

	/** One statement where the user may read the review, none otherwise. */
	@Override
	public Map<String, List<Note>> of(ReportingPeriod report) {
		Map<String, List<Note>> notes = new LinkedHashMap<>();
		if (!this.access.canReadReview(report.getParty().getCode(), report.getStatus())) {
			return notes;
		}
		for (ReviewComment comment : this.comments.findForReport(report.getId())) {
			String action = (comment.getAction() != null) ? comment.getAction().getNumber() : "";
			notes.computeIfAbsent(action, (key) -> new ArrayList<>())
				.add(new Note(comment.getAuthorName(), comment.getAuthorRole() == Role.SECRETARIAT, comment.getBody(),
						comment.getCreatedAt()));
		}
		return notes;
	}

}
