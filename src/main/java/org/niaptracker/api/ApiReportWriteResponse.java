package org.niaptracker.api;

/**
 * A report after a change: its status and the version to send with the next change.
 */
public record ApiReportWriteResponse(String partyCode, String meetingCode, String status, int version) {

}
