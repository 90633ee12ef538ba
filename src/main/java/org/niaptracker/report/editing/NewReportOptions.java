package org.niaptracker.report.editing;

import java.util.List;

/**
 * The form for starting a report, with the meetings it may be for.
 */
public record NewReportOptions(String partyCode, String partyName, List<String> meetingCodes, boolean hasOpenReport,
		NewReportForm form) {

}
