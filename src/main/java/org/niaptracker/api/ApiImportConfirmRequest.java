package org.niaptracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The confirmation of an import: the day the Party sent the report (the Secretariat's
 * recorded past report; a focal point's draft needs none) and, where the preview offers a
 * plan revision, the day it was adopted, which accepts it.
 *
 * @param submittedOn the day the Party sent the report, for a recorded report
 * @param planAdoptedOn the day the offered plan revision was adopted, or null
 */
@Schema(description = "The confirmation of an import. A focal point's draft needs neither date: send {}.")
public record ApiImportConfirmRequest(@Schema(example = "2016-07-15", nullable = true,
		description = "The day the Party sent the report; required when the preview is recorded") LocalDate submittedOn,
		@Schema(example = "2015-10-01", nullable = true,
				description = "Accepts the preview's planOffer: the day the plan revision was adopted") LocalDate planAdoptedOn) {

}
