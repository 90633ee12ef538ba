package org.niaptracker.report;

import java.time.Instant;

/**
 * One submission of a report, exactly as its Party sent it.
 *
 * @param number 1 for the first submission, 2 after the first return, and so on
 * @param submittedBy the username of the focal point who submitted it
 * @param submittedAt when
 * @param report what was submitted
 */
public record FrozenSubmission(int number, String submittedBy, Instant submittedAt, ReportView report) {

}
