/**
 * The report core: reports ({@code ReportingPeriod}), their evaluations and frozen
 * submissions, who may read or change them ({@code ReportAccess}), the rating summary,
 * and the read API ({@code ReportReader}) through which every other feature sees a report
 * as its user may. The work done on reports lives in the subpackages.
 */
package org.niaptracker.report;
