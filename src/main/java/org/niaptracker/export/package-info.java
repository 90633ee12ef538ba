/**
 * Print view, PDF, Word, JSON and CSV of a report, and a meeting's published annexes as
 * one PDF. Reads reports only through the report core's read API ({@code ReportReader}).
 */
package org.niaptracker.export;
