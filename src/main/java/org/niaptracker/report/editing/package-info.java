/**
 * A focal point editing its Party's open report: starting the next one, ratings and
 * points, Part A and the cover.
 */
package org.niaptracker.report.editing;
