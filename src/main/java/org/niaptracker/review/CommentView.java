package org.niaptracker.review;

import java.time.Instant;

import org.niaptracker.user.Role;

/** A comment as the review page shows it. */
public record CommentView(Long id, String actionNumber, String authorName, Role authorRole, String body,
		Instant createdAt) {

	static CommentView of(ReviewComment comment) {
		return new CommentView(comment.getId(), (comment.getAction() != null) ? comment.getAction().getNumber() : null,
				comment.getAuthorName(), comment.getAuthorRole(), comment.getBody(), comment.getCreatedAt());
	}

}
