package org.niaptracker.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.niap.Action;
import org.niaptracker.report.ReportRecord;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.user.Role;

/**
 * A comment in the review of a report: on the report as a whole or on one action, by the
 * Secretariat or by the Party's focal point answering it. Never edited, never public.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends ReportRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "action_id")
	private Action action;

	@Column(name = "author_id")
	private Long authorId;

	@Column(nullable = false, length = 100)
	private String authorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role authorRole;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	protected ReviewComment() {
	}

	ReviewComment(ReportingPeriod reportingPeriod, Action action, Long authorId, String authorName, Role authorRole,
			String body, Instant createdAt) {
		super(reportingPeriod);
		this.action = action;
		this.authorId = authorId;
		this.authorName = authorName;
		this.authorRole = authorRole;
		this.body = body;
		this.createdAt = createdAt;
	}

	public Action getAction() {
		return this.action;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Role getAuthorRole() {
		return this.authorRole;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
