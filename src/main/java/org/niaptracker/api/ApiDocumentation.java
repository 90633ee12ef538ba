package org.niaptracker.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3 document (springdoc-openapi reads the controllers): served at
 * {@code /api/v1/openapi.json}, read in Swagger UI at {@code /api/docs} (see
 * {@code application.properties}). Endpoints are grouped by tag; every operation
 * documents its problem answers. The server is relative ({@code /}), so the document is
 * the same wherever it is served from.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PARTIES = "Parties";

	static final String PLANS = "Plans";

	static final String ACTION_TIMELINES = "Action timelines";

	static final String REPORTS = "Reports";

	static final String MEETINGS = "Meetings";

	static final String RATING_SCALES = "Rating scales";

	static final String OVERVIEWS = "Overviews";

	static final String REPORT_WRITES = "Report writes";

	static final String REPORT_IMPORTS = "Report imports";

	/** The security scheme of the writes: a personal API token. */
	static final String API_TOKEN = "apiToken";

	@Bean
	OpenAPI niapOpenApi() {
		return new OpenAPI()
			.info(new Info().title("NIAP Tracker API")
				.version("v1")
				.description("Read the National Ivory Action Plans of the CITES Parties, their progress reports "
						+ "and evaluations, the meetings they report to and the meetings' overviews. Published "
						+ "data is open to anyone; unpublished data follows the same permissions as the pages, "
						+ "and what the caller may not see is a 404. Lists come in pages (page from 0, size "
						+ "from 1 to " + Paging.MAX_SIZE + "), with a Link header to the next and previous "
						+ "pages. Errors are problem details (RFC 9457, application/problem+json).")
				.license(new License().name("Apache-2.0")))
			.servers(List.of(new Server().url("/").description("This server")))
			.tags(List.of(tag(PARTIES, "The Parties in the NIAP process and their profiles"),
					tag(PLANS, "Each Party's plan: its revisions, pillars and actions"),
					tag(ACTION_TIMELINES, "An action followed across revisions of the plan and reports"),
					tag(REPORTS, "Progress reports with their evaluations, action by action"),
					tag(MEETINGS, "The Standing Committee meetings Parties report to"),
					tag(RATING_SCALES, "The scales reports rate actions on; each meeting uses one"),
					tag(OVERVIEWS, "Each meeting's public overview of the published reports"),
					tag(REPORT_WRITES,
							"Changes to reports by a script, with a personal API token: an "
									+ "evaluation, Part A, a move of the life cycle. The same rights and rules as the "
									+ "pages; every change carries the version last read, and a stale one is a 409."),
					tag(REPORT_IMPORTS, "Importing a report written as the app's report JSON, with a personal "
							+ "API token: upload it and read its preview, then confirm it, as on the import page")))
			.components(new Components().addSecuritySchemes(API_TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token (niap_...): signed in, create one at /account/tokens "
								+ "(API tokens, in the page header) and send it as Authorization: Bearer <token>. "
								+ "It acts as its owner, with the owner's rights; it is shown once, and can be "
								+ "revoked on the same page. Reads need none.")));
	}

	/**
	 * Every read may answer 404 (nothing there, or nothing the caller may see) and, with
	 * parameters, 400 (a parameter of the wrong form), as problem details. Every write
	 * may answer 400 (a body that is not valid), 401 (no working token), 403 (refused),
	 * 404 and 409 (a stale version, or a change the report's status does not allow).
	 */
	@Bean
	OpenApiCustomizer problemAnswers() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperationsMap().forEach((method, operation) -> {
				if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) {
					readProblems(operation);
				}
				else {
					writeProblems(operation);
				}
				// A problem an operation declares itself (the import's 413, 422) has the
				// same schema.
				operation.getResponses().values().forEach(ApiDocumentation::problemSchemaWhereMissing);
			}));
	}

	private static void problemSchemaWhereMissing(ApiResponse response) {
		if (response.getContent() == null) {
			return;
		}
		MediaType problem = response.getContent()
			.get(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (problem != null && problem.getSchema() == null) {
			problem.setSchema(problemSchema());
		}
	}

	private static void readProblems(Operation operation) {
		operation.getResponses()
			.addApiResponse("400", problem("A parameter of the wrong form, such as a page that is not a number"))
			.addApiResponse("404", problem("Nothing there, or nothing the caller may see"));
	}

	private static void writeProblems(Operation operation) {
		operation.getResponses()
			.addApiResponse("400",
					problem("A body or parameter that is not valid; errors lists each field "
							+ "(named as in the JSON) with its message, in the caller's language"))
			.addApiResponse("401",
					problem("No token, or a token that does not work (expired, revoked); "
							+ "WWW-Authenticate: Bearer"))
			.addApiResponse("403", problem("The token's owner may not make this change"))
			.addApiResponse("404", problem("Nothing there, or nothing the token's owner may see"))
			.addApiResponse("409",
					problem("A stale version (currentVersion, and for a report currentStatus, "
							+ "say what is stored now) or a change the report's status or checks do not allow "
							+ "(reason, reasonKey)"));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(problemSchema())));
	}

	private static Schema<?> problemSchema() {
		Schema<?> schema = new ObjectSchema().description("A problem detail (RFC 9457), as Spring's ProblemDetail");
		schema.addProperty("type", new StringSchema().example("about:blank"));
		schema.addProperty("title", new StringSchema().example("Not Found"));
		schema.addProperty("status", new IntegerSchema().example(404));
		schema.addProperty("detail",
				new StringSchema().example("There is nothing here, or nothing this caller may see."));
		schema.addProperty("instance", new StringSchema().example("/api/v1/parties/KH/reports/SC67"));
		return schema;
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
