/**
 * What the web layer shares: language, the error boundary (409 and 404 pages), text input
 * cleaning, formatting helpers.
 */
package org.niaptracker.web;
