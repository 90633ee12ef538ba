package org.niaptracker.api;

import java.util.List;

/**
 * An evaluation as saved: its rating code (null when not rated), its points and the
 * version to send with the next change.
 */
public record ApiEvaluationResponse(long evaluationId, String rating, List<String> points, int version) {

}
