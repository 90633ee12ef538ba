package org.niaptracker.report.editing;

import java.util.Map;

import org.niaptracker.report.ReviewNotes;
import org.niaptracker.report.lifecycle.TimelineEntry;

import org.niaptracker.report.ReportView;
import org.niaptracker.report.history.ChangeView;

import java.util.List;

/**
 * What the editor page shows: the report as it stands (Part B updates from it), the
 * forms, on a returned report why it was returned and the comments on it, and on a draft
 * carried from another rating scale which ratings were mapped.
 */
public record EditorView(ReportView report, PartAForm partA, CoverForm cover, List<ChangeView> recentChanges,
		TimelineEntry returnReason, Map<String, List<ReviewNotes.Note>> notes, CarriedRatings carried) {

	/**
	 * How this action's earlier rating was carried onto this report's scale, if it was.
	 */
	public CarriedRatings.Carried carriedOf(String actionNumber) {
		return (this.carried != null) ? this.carried.byNumber().get(actionNumber) : null;
	}

	/** The comments on one action ("" for the report as a whole). */
	public List<ReviewNotes.Note> notesOn(String actionNumber) {
		return this.notes.getOrDefault(actionNumber, List.of());
	}

	/**
	 * This view with copies of its forms: a view kept for several requests hands each one
	 * forms of its own.
	 */
	EditorView withFormsOfItsOwn() {
		return new EditorView(this.report, this.partA.copy(), this.cover.copy(), this.recentChanges, this.returnReason,
				this.notes, this.carried);
	}

	/** Roughly how many bytes the view holds, for the bound of what is kept. */
	int approximateBytes() {
		return 2 * this.report.approximateBytes() + 512 * this.recentChanges.size()
				+ 256 * this.notes.values().stream().mapToInt(List::size).sum() + 1024;
	}

}
