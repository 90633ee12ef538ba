package org.niaptracker.review;

import java.time.Instant;
import java.util.List;

/**
 * What waits for a user: reports to act on (submitted ones for the Secretariat, returned
 * ones for a Party's focal points) and comments they have not seen yet.
 */
public record Notices(List<ReportNotice> reports, List<CommentNotice> comments) {

	public int count() {
		return this.reports.size() + this.comments.size();
	}

	/** A report waiting for the user, and since when. */
	public record ReportNotice(String partyCode, String partyName, String meetingCode, String status, Instant since) {

	}

	/** A comment the user has not seen. */
	public record CommentNotice(String partyCode, String partyName, String meetingCode, String actionNumber,
			String authorName, String body, Instant at) {

	}

}
