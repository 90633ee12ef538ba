/**
 * What every feature shares of the domain: the entity base class and the domain's
 * exceptions (not found, stale version, broken rule, rejected value), which the web layer
 * maps to pages.
 */
package org.niaptracker.model;
