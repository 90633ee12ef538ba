package org.niaptracker.review;

import org.niaptracker.user.Role;

/** Published when someone comments in a report's review. */
public record CommentAddedEvent(String partyCode, String partyName, String meetingCode, String actionNumber,
		String authorName, Role authorRole, String body) {

}
