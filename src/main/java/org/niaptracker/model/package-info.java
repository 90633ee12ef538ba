/**
 * What every feature shares of the domain: the entity base class and the domain's
 * exceptions (not found, stale version, broken rule, rejected value), which the web layer
 * maps to pages; phrases joined in the reader's language; the bounded memory in which an
 * instance keeps what cannot change under its key (kept pages and files, published
 * reports as read, annexes and findings); and the content's generation, under which an
 * instance keeps what is read from the content as a whole (the dashboard, the lists, a
 * draft as read).
 */
package org.niaptracker.model;
