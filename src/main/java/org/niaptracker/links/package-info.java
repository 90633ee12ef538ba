/**
 * The application's addresses (pages, API resources, links in e-mails): one scheme,
 * shared by controllers, services and kept fragments, with no request or web machinery in
 * it.
 */
package org.niaptracker.links;
