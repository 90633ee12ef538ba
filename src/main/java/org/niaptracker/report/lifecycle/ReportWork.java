package org.niaptracker.report.lifecycle;

import java.util.List;

import org.niaptracker.report.lifecycle.check.Finding;

/**
 * What the reader of a report's page has to do with it: the checks before submitting and
 * the life-cycle moves they may make. The values its kept fragment,
 * {@code report/report-work.html}, is rendered from: readers who may do the same with the
 * same version of the report share it.
 *
 * @param partyCode the Party's code
 * @param meetingCode the meeting's code
 * @param checked whether the page shows the checks (an open report, read as it stands)
 * @param blocking what must be fixed before the report can be submitted
 * @param warnings what the Party should look at, which does not block submission
 * @param canEdit whether the reader may edit the report now (the checks link to the
 * editor)
 * @param steps the moves the reader may make now
 * @param version the report's version, carried by the life-cycle forms
 */
public record ReportWork(String partyCode, String meetingCode, boolean checked, List<Finding> blocking,
		List<Finding> warnings, boolean canEdit, List<LifecycleStep> steps, int version) {

}
