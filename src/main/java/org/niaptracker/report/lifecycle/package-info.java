/**
 * A report's life cycle: submit, return, accept, publish, reopen; its timeline, its page,
 * and where every Party's report to a meeting stands.
 */
package org.niaptracker.report.lifecycle;
