package org.niaptracker.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A report after a change: its status and the version to send with the next change.
 */
@Schema(description = "A report after a change: its status and the version to send with the next change.")
public record ApiReportWriteResponse(@Schema(example = "KH") String partyCode,
		@Schema(example = "SC67") String meetingCode, @Schema(example = "SUBMITTED", allowableValues = {
				"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "PUBLISHED" }) String status,
		@Schema(example = "8") int version){

}
