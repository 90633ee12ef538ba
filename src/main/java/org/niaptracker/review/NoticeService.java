package org.niaptracker.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.niaptracker.model.ContentGeneration;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.lifecycle.ReportLifecycleService;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.user.AccountDirectory;
import org.niaptracker.user.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices, derived from the data on every request (nothing is kept in memory, so any
 * instance answers alike): the Secretariat sees submitted reports and the Parties' new
 * comments; a focal point sees its Party's returned reports and the Secretariat's new
 * comments. "New" means after the user last opened the notices page. Reports come from
 * the life cycle, the time the user last looked from the accounts, comments from here.
 */
@Service
@Transactional
public class NoticeService {

	private final ReportLifecycleService lifecycle;

	private final ReviewCommentRepository comments;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<Counted, Integer> counts;

	NoticeService(ReportLifecycleService lifecycle, ReviewCommentRepository comments, AccountDirectory accounts,
			Clock clock, ContentGeneration generation) {
		this.lifecycle = lifecycle;
		this.comments = comments;
		this.accounts = accounts;
		this.clock = clock;
		this.generation = generation;
		this.counts = generation.kind("notice_counts", (count) -> 96);
	}

	/** The current user's notices; none for administrators and visitors. */
	@Transactional(readOnly = true)
	public Notices notices() {
		Optional<Reader> reader = reader();
		if (reader.isEmpty()) {
			return new Notices(List.of(), List.of());
		}
		String party = reader.get().partyCode();
		List<Notices.ReportNotice> reports = this.lifecycle.waitingIn(reader.get().waiting(), party)
			.stream()
			.map((report) -> new Notices.ReportNotice(report.partyCode(), report.partyName(), report.meetingCode(),
					report.status().name(), report.since()))
			.toList();
		List<Notices.CommentNotice> newComments = this.comments
			.findNewFor(reader.get().userId(), party, this.accounts.noticesSeenAt(reader.get().userId()))
			.stream()
			.map((comment) -> new Notices.CommentNotice(comment.getReportingPeriod().getParty().getCode(),
					comment.getReportingPeriod().getParty().getName(),
					comment.getReportingPeriod().getMeeting().getCode(),
					(comment.getAction() != null) ? comment.getAction().getNumber() : null, comment.getAuthorName(),
					comment.getBody(), comment.getCreatedAt()))
			.toList();
		return new Notices(reports, newComments);
	}

	/**
	 * How many notices the current user has (as many as {@link #notices()} lists), for
	 * the header of every page: the time the user last looked, then the count kept under
	 * the content's generation for that reader and time (one statement more), or else two
	 * counting statements. The header's count opens no transaction of its own (it joins
	 * one that runs): its first statement reads the time and the generation together, and
	 * a transaction around that one statement would cost more than the statement.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int count() {
		return reader().map((reader) -> {
			Instant seen = this.accounts.noticesSeenAt(reader.userId());
			return this.generation.get(this.counts, new Counted(reader, seen), () -> {
				long reports = this.lifecycle.countWaitingIn(reader.waiting(), reader.partyCode());
				long newComments = this.comments.countNewFor(reader.userId(), reader.partyCode(), seen);
				return Math.toIntExact(reports + newComments);
			});
		}).orElse(0);
	}

	/** What a count depends on besides the content. */
	private record Counted(Reader reader, Instant seen) {
	}

	/**
	 * Whose notices the current user reads: the Secretariat's (every Party's submitted
	 * reports) or a Party's (its returned reports); none for administrators and visitors.
	 */
	private static Optional<Reader> reader() {
		return CurrentUser.get().filter((user) -> !user.is(Role.ADMIN)).map((user) -> {
			boolean secretariat = user.is(Role.SECRETARIAT);
			return new Reader(user.getId(), secretariat ? null : user.getPartyCode(),
					secretariat ? ReportStatus.SUBMITTED : ReportStatus.RETURNED);
		});
	}

	private record Reader(long userId, String partyCode, ReportStatus waiting) {
	}

	/** The notices page: for signed-in users only. */
	@Transactional(readOnly = true)
	public Notices noticesPage() {
		CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		return notices();
	}

	/** Comments up to now are no longer new to the current user. */
	public void markSeen() {
		NiapUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		this.accounts.markNoticesSeen(user.getId(), this.clock.instant());
	}

}
