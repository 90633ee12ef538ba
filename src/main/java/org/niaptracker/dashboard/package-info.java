/**
 * The public process dashboard: every Party in the NIAP process with its category,
 * process status, latest report (late or overdue), its latest shares of actions per
 * rating with a small trend, and whether the Secretariat rates every action achieved.
 * Aggregated in SQL, a few statements per page whatever the number of Parties.
 */
package org.niaptracker.dashboard;
