package org.niaptracker.security;

import java.util.List;
import java.util.function.Function;

import org.niaptracker.security.AuthorizationMatrixTest.Fixture;
import org.niaptracker.security.AuthorizationMatrixTest.Row;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.niaptracker.security.AuthorizationMatrixTest.NOT_FOUND;
import static org.niaptracker.security.AuthorizationMatrixTest.OK;
import static org.niaptracker.security.AuthorizationMatrixTest.UNAUTHORIZED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix of the public API ({@code /api/v1}): published data for
 * anyone; a draft report or plan revision for the Party's own focal points, the
 * Secretariat and administrators, and a 404 for everyone else, signed out included (the
 * API sends nobody to sign in); any other method without a caller is a 401. Its
 * documentation (the OpenAPI document and Swagger UI) is public.
 */
final class ApiMatrixRows {

	private static final String API = "/api/v1";

	static final List<Row> ROWS = List.of(
			everyone("API: list of Parties", "GET /api/v1/parties", (f) -> get(API + "/parties?page=0&size=10")),
			everyone("API: a Party", "GET /api/v1/parties/{partyCode}", (f) -> get(API + "/parties/KH")),
			everyone("API: a Party's plan", "GET /api/v1/parties/{partyCode}/plan",
					(f) -> get(API + "/parties/KH/plan")),
			everyone("API: plan revision in force", "GET /api/v1/parties/{partyCode}/plan/revisions/{number}",
					(f) -> get(API + "/parties/KH/plan/revisions/1")),
			insiders("API: draft plan revision", "GET /api/v1/parties/{partyCode}/plan/revisions/{number}",
					(f) -> get(API + "/parties/KH/plan/revisions/" + PlanMatrixRows.draft(f, false))),
			everyone("API: an action's timeline", "GET /api/v1/parties/{partyCode}/actions/{lineageId}",
					(f) -> get(API + "/parties/KH/actions/" + PlanMatrixRows.lineage(f.jdbc(), "1.2"))),
			everyone("API: published report", "GET /api/v1/parties/{partyCode}/reports/{meetingCode}",
					(f) -> get(API + "/parties/KH/reports/SC66")),
			insiders("API: draft report", "GET /api/v1/parties/{partyCode}/reports/{meetingCode}",
					(f) -> get(API + "/parties/KH/reports/SC67")),
			nobody("API: report of an unknown Party", "GET /api/v1/parties/{partyCode}/reports/{meetingCode}",
					(f) -> get(API + "/parties/QQ/reports/SC67")),
			everyone("API: meetings", "GET /api/v1/meetings", (f) -> get(API + "/meetings")),
			everyone("API: a meeting", "GET /api/v1/meetings/{meetingCode}", (f) -> get(API + "/meetings/SC67")),
			everyone("API: a meeting's overview", "GET /api/v1/meetings/{meetingCode}/overview",
					(f) -> get(API + "/meetings/SC66/overview")),
			everyone("API: a meeting's overview, nothing published", "GET /api/v1/meetings/{meetingCode}/overview",
					(f) -> get(API + "/meetings/SC67/overview")),
			everyone("API: rating scales", "GET /api/v1/rating-scales", (f) -> get(API + "/rating-scales")),
			everyone("API: a rating scale", "GET /api/v1/rating-scales/{scaleCode}",
					(f) -> get(API + "/rating-scales/SC69")),
			nobody("API: an unknown address", "ANY /api/v1/**", (f) -> get(API + "/nothing-here")),
			row("API: a change to an unknown address", "ANY /api/v1/**", (f) -> post(API + "/parties"), UNAUTHORIZED,
					NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			everyone("API: OpenAPI document", "GET /api/v1/openapi.json", (f) -> get(API + "/openapi.json")),
			everyone("API: OpenAPI document as YAML", "GET /api/v1/openapi.json.yaml",
					(f) -> get(API + "/openapi.json.yaml")),
			everyone("API: Swagger UI's configuration", "GET /api/v1/openapi.json/swagger-config",
					(f) -> get(API + "/openapi.json/swagger-config")),
			everyone("API: Swagger UI", "GET /api/docs", (f) -> get("/api/docs")));

	private ApiMatrixRows() {
	}

	private static Row everyone(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request) {
		return row(name, pattern, request, OK, OK, OK, OK, OK);
	}

	private static Row insiders(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request) {
		return row(name, pattern, request, NOT_FOUND, OK, NOT_FOUND, OK, OK);
	}

	private static Row nobody(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request) {
		return row(name, pattern, request, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND);
	}

	private static Row row(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request,
			AuthorizationMatrixTest.Outcome... expected) {
		return new Row(name, pattern, request, List.of(expected));
	}

}
