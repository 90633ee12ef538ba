package org.niaptracker.report.editing;

import java.util.List;

/**
 * The form for recording a Party's past report, with the meetings the Party has no report
 * to yet and whether it has a plan in force to report on.
 */
public record RecordReportOptions(String partyCode, String partyName, List<String> meetingCodes, boolean hasPlan,
		RecordReportForm form) {

}
