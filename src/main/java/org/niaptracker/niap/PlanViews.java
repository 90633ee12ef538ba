package org.niaptracker.niap;

import java.time.LocalDate;
import java.util.List;

/** What the plan pages show: revisions, their pillars and actions, and what changed. */
public final class PlanViews {

	private PlanViews() {
	}

	/** One revision in the list of a Party's revisions. */
	public record RevisionRow(int number, PlanRevision.Status status, LocalDate adoptedOn, String note,
			String createdByName, String adoptedByName, boolean inForce) {

		static RevisionRow of(PlanRevision revision, boolean inForce) {
			return new RevisionRow(revision.getNumber(), revision.getStatus(), revision.getAdoptedOn(),
					revision.getNote(), revision.getCreatedByName(), revision.getAdoptedByName(), inForce);
		}

		public boolean isDraft() {
			return this.status == PlanRevision.Status.DRAFT;
		}

	}

	/** A revision with its pillars and actions, in order. */
	public record RevisionView(String partyCode, String partyName, RevisionRow revision, int version,
			List<PillarView> pillars, Integer previousNumber, boolean editable) {

		public int actionCount() {
			return this.pillars.stream().mapToInt((pillar) -> pillar.actions().size()).sum();
		}

		/** Every action of the revision, in order. */
		public List<ActionView> actions() {
			return this.pillars.stream().flatMap((pillar) -> pillar.actions().stream()).toList();
		}

	}

	public record PillarView(long id, int number, String name, int version, List<ActionView> actions) {
	}

	public record ActionView(long id, long lineageId, int pillarNumber, String number, String title, boolean marked,
			int version) {

		static ActionView of(Action action) {
			return new ActionView(action.getId(), action.getLineageId(), action.getPillar().getNumber(),
					action.getNumber(), action.getTitle(), action.isMarked(), action.getVersion());
		}

	}

	/** A Party's plan page: the plan in force and every revision. */
	public record PlanPage(String partyCode, String partyName, List<RevisionRow> revisions, RevisionView inForce,
			boolean canDraft) {

		/** The draft under way, if any. */
		public RevisionRow draft() {
			return this.revisions.stream().filter(RevisionRow::isDraft).findFirst().orElse(null);
		}

	}

	/** What changed from one revision to another. */
	public record PlanChanges(String partyCode, String partyName, RevisionRow from, RevisionRow to,
			List<PillarChange> pillars, List<ActionChange> actions, List<RevisionRow> revisions) {

		public boolean isEmpty() {
			return this.pillars.isEmpty() && this.actions.isEmpty();
		}

	}

	public enum ChangeKind {

		ADDED, RETIRED, CHANGED

	}

	public record PillarChange(ChangeKind kind, int number, String before, String after) {
	}

	/**
	 * One action that changed: added, retired (perhaps merged into another), or changed
	 * (renumbered, reworded, moved to another pillar, mark added or removed).
	 */
	public record ActionChange(ChangeKind kind, ActionView before, ActionView after, String mergedInto) {

		public boolean isRenumbered() {
			return this.kind == ChangeKind.CHANGED && !this.before.number().equals(this.after.number());
		}

		public boolean isReworded() {
			return this.kind == ChangeKind.CHANGED && !this.before.title().equals(this.after.title());
		}

		public boolean isMoved() {
			return this.kind == ChangeKind.CHANGED && this.before.pillarNumber() != this.after.pillarNumber();
		}

		public boolean isMarkChanged() {
			return this.kind == ChangeKind.CHANGED && this.before.marked() != this.after.marked();
		}

	}

}
