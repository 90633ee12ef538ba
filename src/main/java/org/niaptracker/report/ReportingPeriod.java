package org.niaptracker.report;

import org.niaptracker.report.lifecycle.ReportLifecycleService;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.meeting.Meeting;
import org.niaptracker.model.BaseEntity;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.party.Party;

/**
 * One Party's NIAP progress report to one Standing Committee meeting: the cover and Part
 * A. Parts B and C are drawn from its {@link Evaluation}s.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private Party party;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	/**
	 * The plan as it stood for this report: its actions are the ones this report rates.
	 */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_revision_id")
	private PlanRevision planRevision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus status = ReportStatus.DRAFT;

	/** The meeting document the report is annexed to, e.g. "SC66 Doc. 29". */
	private String documentRef;

	/** The annex, e.g. "Annex 19". */
	private String annexRef;

	private String languageLine;

	private String groupHeading;

	/** First month of the reporting period (always the first day of that month). */
	@Column(nullable = false)
	private LocalDate periodStart;

	/** Last month of the reporting period (always the first day of that month). */
	@Column(nullable = false)
	private LocalDate periodEnd;

	private String preparedBy;

	@Column(nullable = false)
	private String synopsis = "";

	@Column(nullable = false)
	private String progressToDate = "";

	@Column(nullable = false)
	private String futureOutlook = "";

	/**
	 * Recorded by the Secretariat from a past report rather than written here by the
	 * Party: it does not count as the Party's open report.
	 */
	@Column(nullable = false)
	private boolean recorded;

	/** The report this one was started from, if any. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "carried_from_id")
	private ReportingPeriod carriedFrom;

	/** The day the Party sent the report. */
	private LocalDate submittedOn;

	/** Whether the Secretariat's own ratings are public beside the Party's. */
	@Column(nullable = false)
	private boolean assessmentPublished;

	protected ReportingPeriod() {
	}

	/** A new draft report of a Party to a meeting. */
	public ReportingPeriod(Party party, Meeting meeting, PlanRevision planRevision, LocalDate periodStart,
			LocalDate periodEnd) {
		this.party = party;
		this.meeting = meeting;
		this.planRevision = planRevision;
		this.status = ReportStatus.DRAFT;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
	}

	/**
	 * Whether the report may be changed now: see {@link ReportStatus#isOpen()}. Who
	 * changes it is {@link ReportAccess}'s rule: the Party's focal points, or, for a
	 * report {@link #isRecorded() recorded} from the past, the Secretariat.
	 */
	public boolean isOpen() {
		return this.status.isOpen();
	}

	/**
	 * Refuses a change to a report that is no longer open. Services check first, with a
	 * message for the user; this guards the entity itself.
	 */
	public void requireOpen() {
		if (!isOpen()) {
			throw new ReportClosedException(this.status);
		}
	}

	/**
	 * Moves the report in its life cycle; the life-cycle service checks who may make the
	 * move and from which status.
	 */
	public void moveTo(ReportStatus status) {
		this.status = status;
	}

	public void publishAssessment(boolean published) {
		this.assessmentPublished = published;
	}

	public boolean isAssessmentPublished() {
		return this.assessmentPublished;
	}

	public void updatePartA(String synopsis, String progressToDate, String futureOutlook) {
		requireOpen();
		this.synopsis = synopsis;
		this.progressToDate = progressToDate;
		this.futureOutlook = futureOutlook;
	}

	/** The cover fields its writer fills in (not the Secretariat's document numbers). */
	public void updateCover(String languageLine, String groupHeading, LocalDate periodStart, LocalDate periodEnd,
			String preparedBy) {
		requireOpen();
		this.languageLine = languageLine;
		this.groupHeading = groupHeading;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.preparedBy = preparedBy;
	}

	/**
	 * The meeting document and annex the Secretariat publishes the report as: its to give
	 * at any status before publication.
	 */
	public void number(String documentRef, String annexRef) {
		if (this.status == ReportStatus.PUBLISHED) {
			throw new ReportClosedException(this.status);
		}
		this.documentRef = documentRef;
		this.annexRef = annexRef;
	}

	/**
	 * Moves an open report onto a newer revision of its plan (its evaluations are moved
	 * by the caller).
	 */
	public void follow(PlanRevision revision) {
		requireOpen();
		this.planRevision = revision;
	}

	/** Marks the report as recorded by the Secretariat from a past report. */
	public void markRecorded() {
		this.recorded = true;
	}

	public void submittedOn(LocalDate day) {
		this.submittedOn = day;
	}

	/**
	 * Records the day of the report's first submission; a resubmission keeps the day it
	 * was first sent.
	 */
	public void firstSubmittedOn(LocalDate day) {
		if (this.submittedOn == null) {
			this.submittedOn = day;
		}
	}

	/** Records the report this one was started from. */
	public void carriedFrom(ReportingPeriod previous) {
		this.carriedFrom = previous;
	}

	public ReportingPeriod getCarriedFrom() {
		return this.carriedFrom;
	}

	public PlanRevision getPlanRevision() {
		return this.planRevision;
	}

	public boolean isRecorded() {
		return this.recorded;
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public Party getParty() {
		return this.party;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public String getAnnexRef() {
		return this.annexRef;
	}

	public String getLanguageLine() {
		return this.languageLine;
	}

	public String getGroupHeading() {
		return this.groupHeading;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public String getPreparedBy() {
		return this.preparedBy;
	}

	public String getSynopsis() {
		return this.synopsis;
	}

	public String getProgressToDate() {
		return this.progressToDate;
	}

	public String getFutureOutlook() {
		return this.futureOutlook;
	}

}
