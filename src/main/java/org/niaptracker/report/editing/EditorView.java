package org.niaptracker.report.editing;

import org.niaptracker.report.ReportView;
import org.niaptracker.report.history.ChangeView;

import java.util.List;

/**
 * What the editor page shows: the report as it stands (Part B updates from it) and the
 * forms.
 */
public record EditorView(ReportView report, PartAForm partA, CoverForm cover, List<ChangeView> recentChanges) {

}
