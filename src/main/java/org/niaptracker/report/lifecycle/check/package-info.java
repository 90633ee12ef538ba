/**
 * The submission checks, one bean per kind: what to fix before a report can be submitted.
 */
package org.niaptracker.report.lifecycle.check;
