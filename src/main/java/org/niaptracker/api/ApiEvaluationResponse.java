package org.niaptracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An evaluation as saved: its rating code (null when not rated), its points and the
 * version to send with the next change.
 */
@Schema(description = "An evaluation as saved, with the version to send with the next change.")
public record ApiEvaluationResponse(@Schema(example = "1234") long evaluationId,
		@Schema(example = "ON_TRACK", nullable = true, description = "Null when not rated") String rating,
		@Schema(example = "[\"The inventory of the stockpile was completed.\", \"The stockpile was sealed.\"]") List<String> points,
		@Schema(example = "4") int version) {

}
