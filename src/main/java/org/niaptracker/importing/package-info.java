/**
 * Bringing reports written outside the app in: a Word report on the NIAP template is read
 * (Apache POI), previewed against the Party's plan and the meeting's rating scale, and on
 * confirmation becomes the focal point's draft or the Secretariat's recorded report.
 */
package org.niaptracker.importing;
