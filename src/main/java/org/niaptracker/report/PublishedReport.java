package org.niaptracker.report;

/**
 * A published report to a meeting, as public pages count it: whose it is, and whether the
 * Secretariat's own ratings of it are published with it.
 */
public record PublishedReport(long id, String partyCode, String partyName, boolean assessmentPublished) {

}
