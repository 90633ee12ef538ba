/**
 * NIAP Tracker: online reporting on CITES National Ivory Action Plans. One package per
 * feature; {@code web}, {@code security} and {@code system} hold what the features share.
 */
package org.niaptracker;
