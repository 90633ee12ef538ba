/**
 * The embedded PostgreSQL for local runs, the demo data, and what guards the server
 * itself.
 */
package org.niaptracker.system;
