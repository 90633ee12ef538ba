package org.niaptracker.report.history;

import org.niaptracker.report.ReportView;

import java.util.List;

/**
 * A report's history page, whole or for one action.
 */
public record HistoryView(ReportView report, ReportView.ActionView action, List<ChangeView> changes) {

}
