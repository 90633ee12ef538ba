/**
 * A Party's National Ivory Action Plan: its pillars and numbered actions.
 */
package org.niaptracker.niap;
