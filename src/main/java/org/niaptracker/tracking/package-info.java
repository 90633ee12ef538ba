/**
 * Tracking progress over time: charts of the share of actions per rating, drawn on the
 * server as SVG.
 */
package org.niaptracker.tracking;
