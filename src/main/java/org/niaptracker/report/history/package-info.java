/**
 * A report's history: every change, who made it, when, before and after.
 */
package org.niaptracker.report.history;
