/**
 * The public API, {@code /api/v1}: JSON for scripts and other tools, documented by
 * OpenAPI 3 (served at {@code /api/v1/openapi.json}, read in Swagger UI at
 * {@code /api/docs}). It reads through the features' own services with the pages'
 * permissions: published data is open to anyone, the rest follows {@code ReportAccess}
 * and {@code PlanAccess}, and what a reader may not see is a 404. Its answers are records
 * of their own ({@link org.niaptracker.api.ApiViews}), never entities, with stable
 * camelCase names; its errors are problem details (RFC 9457). It has its own security
 * filter chain ({@link org.niaptracker.api.ApiSecurityConfiguration}): stateless, no
 * CSRF, reads open, writes only for an authenticated caller.
 */
package org.niaptracker.api;
