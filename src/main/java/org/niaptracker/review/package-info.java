/**
 * The Secretariat's review: its own ratings beside the Party's, comments, notices and
 * e-mail, and the overview of a meeting.
 */
package org.niaptracker.review;
