package org.niaptracker.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.niaptracker.importing.ImportPreview;

import org.springframework.context.MessageSource;

/**
 * What the API answers for an import: the upload's id and its preview, as the preview
 * page shows it (cover, actions with their match and rating, flags, blockers), with every
 * note both as its message key and as a message in the caller's language.
 */
public final class ApiImportViews {

	private ApiImportViews() {
	}

	@Schema(description = "A report read from its JSON and kept for its confirmation (for a day): "
			+ "what confirming it would store, and what stops it.")
	public record Upload(@Schema(example = "0b8a3c52-3f7e-4c3e-9a55-7d1f2a4b6c10") String uploadId,
			@Schema(example = "KH") String partyCode,
			@Schema(example = "SC67", nullable = true,
					description = "The meeting the report was prepared for") String meetingCode,
			@Schema(example = "true",
					description = "Whether confirming is possible now (no blockers); with a planOffer, "
							+ "confirming needs planAdoptedOn") boolean confirmable,
			@Schema(example = "false",
					description = "Whether confirming records a past report (the Secretariat, which then "
							+ "gives submittedOn) rather than starting the focal point's draft") boolean recorded,
			@Schema(example = "/api/v1/parties/KH/imports/0b8a3c52-3f7e-4c3e-9a55-7d1f2a4b6c10/confirm",
					description = "Where to POST the confirmation") String confirm,
			Cover cover,
			@Schema(example = "1",
					description = "The number of the Party's plan revision in force, 0 when none") int planRevision,
			@Schema(nullable = true,
					description = "For the Secretariat: a plan revision the import may create "
							+ "(give planAdoptedOn to accept it); null when not offered") PlanOffer planOffer,
			List<Action> actions,
			@Schema(description = "What stops the confirmation; empty when none") List<Note> blockers,
			@Schema(description = "What the reader should know about the document as a whole") List<Note> notes) {

		static Upload of(ImportPreview preview, MessageSource messages, Locale locale) {
			String confirm = ApiReader.LINKS.party(preview.partyCode()) + "/imports/" + preview.uploadId() + "/confirm";
			ImportPreview.PlanOffer offer = preview.planOffer();
			return new Upload(preview.uploadId(), preview.partyCode(), preview.meetingCode(), preview.confirmable(),
					preview.recorded(), confirm,
					new Cover(preview.partyInDocument(), preview.period(), preview.preparedBy(), preview.languageLine(),
							preview.groupHeading(), preview.documentRef(), preview.annexRef()),
					preview.planRevision(),
					(offer != null) ? new PlanOffer(offer.revision(), offer.newActions(), offer.adoptedOn()) : null,
					preview.actions()
						.stream()
						.map((action) -> new Action(action.number(), action.title(), action.marked(),
								action.planTitle(), action.match().name(), action.ratingCode(), action.ratingLabel(),
								action.points(), ApiImportViews.notes(action.flags(), messages, locale)))
						.toList(),
					ApiImportViews.notes(preview.blockers(), messages, locale),
					ApiImportViews.notes(preview.notes(), messages, locale));
		}

	}

	@Schema(description = "The report's cover as read.")
	public record Cover(@Schema(example = "Cambodia", nullable = true) String party,
			@Schema(example = "October 2015 – June 2016", nullable = true) String period,
			@Schema(example = "Forestry Administration", nullable = true) String preparedBy,
			@Schema(nullable = true) String languageLine, @Schema(nullable = true) String groupHeading,
			@Schema(example = "SC67 Doc. 13", nullable = true) String documentRef,
			@Schema(example = "Annex 4", nullable = true) String annexRef) {
	}

	@Schema(description = "The plan revision the Secretariat's import may create and adopt with the report.")
	public record PlanOffer(@Schema(example = "2") int revision,
			@Schema(example = "[\"6.9\"]", description = "The actions it adds") List<String> newActions,
			@Schema(example = "2015-10-01", description = "The day suggested for planAdoptedOn") LocalDate adoptedOn) {
	}

	@Schema(description = "An action as read, matched to the Party's plan in force.")
	public record Action(@Schema(example = "1.2") String number,
			@Schema(example = "Adopt the new wildlife law", nullable = true) String title,
			@Schema(example = "false") boolean marked,
			@Schema(example = "Adopt the new wildlife law", nullable = true) String planTitle,
			@Schema(example = "SAME", allowableValues = {
					"SAME", "NEW", "CHANGED", "MISSING" },
					description = "How it matches the plan in force") String match,
			@Schema(example = "ON_TRACK", nullable = true,
					description = "The rating it will have, a code of the meeting's scale") String rating,
			@Schema(example = "On track", nullable = true) String ratingLabel,
			@Schema(example = "[\"The draft law was sent to the Council of Ministers.\"]") List<String> points,
			List<Note> flags){
	}

	@Schema(description = "A flag, note or blocker: its message key and the message in the caller's language.")
	public record Note(@Schema(example = "importing.flag.titleChanged") String key,
			@Schema(example = "The title differs from the plan’s.") String message) {

		static Note of(ImportPreview.Note note, MessageSource messages, Locale locale) {
			return new Note(note.key(),
					messages.getMessage(note.key(), new Object[] { note.first(), note.second() }, note.key(), locale));
		}

	}

	static List<Note> notes(List<ImportPreview.Note> notes, MessageSource messages, Locale locale) {
		return notes.stream().map((note) -> Note.of(note, messages, locale)).toList();
	}

}
