package org.niaptracker.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the preview page shows of an uploaded report before anything is stored: the cover,
 * Part A, the pillars and actions found and how they match the Party's plan in force,
 * each action's rating and points, and the flags a careful reader would raise.
 *
 * @param recorded whether confirming records a past report (the Secretariat) rather than
 * starting the focal point's draft
 * @param blockers what stops the import (message keys with arguments); empty when it can
 * be confirmed (with {@code planOffer} accepted, where there is one)
 */
public record ImportPreview(String uploadId, String partyCode, String partyName, String fileName, String meetingCode,
		String partyInDocument, String period, String preparedBy, String languageLine, String groupHeading,
		String documentRef, String annexRef, List<String> synopsis, List<String> progressToDate,
		List<String> futureOutlook, List<PillarRow> pillars, List<ActionRow> actions, List<Note> notes,
		List<Note> blockers, boolean recorded, int planRevision, PlanOffer planOffer) {

	/**
	 * The Secretariat's offer to create a plan revision from the document, where its
	 * actions are not all in the plan in force (or the Party has none): revision
	 * {@code revision}, adding {@code newActions} (numbers) in their pillars, adopted on
	 * the day chosen ({@code adoptedOn} suggested). Null when not offered.
	 */
	public record PlanOffer(int revision, List<String> newActions, LocalDate adoptedOn) {

		public String actionList() {
			return String.join(", ", this.newActions);
		}

	}

	/** How a pillar or an action of the document matches the plan in force. */
	public enum Match {

		SAME, NEW, CHANGED, MISSING

	}

	public record PillarRow(int number, String name, String planName, Match match) {
	}

	/**
	 * An action: its number and title as found, the plan's title, its rating (label and
	 * code, null when none), what Parts B and C said, its points and its flags.
	 */
	public record ActionRow(String number, String title, boolean marked, String planTitle, Match match,
			String ratingCode, String ratingLabel, String partB, String partC, List<String> points, List<Note> flags) {

		public boolean flagged() {
			return !this.flags.isEmpty();
		}

	}

	/** A message key and its arguments. */
	public record Note(String key, List<String> args) {

		static Note of(String key, String... args) {
			return new Note(key, List.of(args));
		}

		/** The first argument, or an empty text. */
		public String first() {
			return this.args.isEmpty() ? "" : this.args.get(0);
		}

		/** The second argument, or an empty text. */
		public String second() {
			return (this.args.size() < 2) ? "" : this.args.get(1);
		}

	}

	public boolean confirmable() {
		return this.blockers.isEmpty();
	}

	public long flaggedActions() {
		return this.actions.stream().filter(ActionRow::flagged).count();
	}

}
