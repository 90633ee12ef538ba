/**
 * Standing Committee meetings and their rating scales; {@code MeetingCalendar} is what
 * other features know of them.
 */
package org.niaptracker.meeting;
