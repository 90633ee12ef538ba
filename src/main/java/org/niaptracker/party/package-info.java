/**
 * The Parties to CITES in the NIAP process, and their administration.
 */
package org.niaptracker.party;
