package org.niaptracker.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document cannot drift from the code: every {@code /api/v1} handler (path
 * and method) is in the served document and every operation of the document is a handler;
 * and the served document is the one committed in {@value #COMMITTED}, so that a change
 * to the API shows in review as a change to that file.
 */
@PostgresTest
class ApiContractTest {

	static final String COMMITTED = "src/test/resources/api/openapi.json";

	static final String REGENERATE = "./mvnw verify -Djacoco.skip=true -Dtest=ApiContractTest -Dniap.api.write-openapi=true";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyHandlerIsDocumentedAndEveryOperationIsAHandler() throws Exception {
		JsonNode document = this.json.readTree(served());
		Set<String> documented = new TreeSet<>();
		document.get("paths").properties().forEach((path) -> path.getValue().propertyNames().forEach((method) -> {
			if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
				documented.add(method.toUpperCase() + " " + path.getKey());
			}
		}));
		Set<String> handled = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (isTheApis(method)) {
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith(ApiReader.BASE + "/")) {
						methods(info).forEach((verb) -> handled.add(verb + " " + pattern));
					}
				}
			}
		});
		assertThat(handled).as("the API's handlers").isNotEmpty().contains("GET /api/v1/parties/{partyCode}");
		assertThat(documented).as("the operations of the served document").isEqualTo(handled);
		assertThat(document.get("tags")).extracting((tag) -> tag.get("name").asString())
			.containsExactlyInAnyOrder(ApiDocumentation.PARTIES, ApiDocumentation.PLANS,
					ApiDocumentation.ACTION_TIMELINES, ApiDocumentation.REPORTS, ApiDocumentation.MEETINGS,
					ApiDocumentation.RATING_SCALES, ApiDocumentation.OVERVIEWS, ApiDocumentation.REPORT_WRITES,
					ApiDocumentation.REPORT_IMPORTS);
		Set<String> declared = new TreeSet<>();
		document.get("tags").forEach((tag) -> declared.add(tag.get("name").asString()));
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String name = operation.getKey() + " " + path.getKey();
			JsonNode tags = operation.getValue().get("tags");
			assertThat(tags).as("%s has a tag", name).isNotNull().hasSize(1);
			// A controller without @Tag gets springdoc's default, named after it.
			assertThat(tags.get(0).asString()).as("%s has one of the document's declared tags", name).isIn(declared);
		}));
	}

	/**
	 * The writes say how to authenticate: the bearer scheme of a personal API token,
	 * declared once and required by every write; reads are open and require none.
	 */
	@Test
	void everyWriteRequiresTheApiTokenAndNoReadDoes() throws Exception {
		JsonNode document = this.json.readTree(served());
		JsonNode scheme = document.at("/components/securitySchemes/" + ApiDocumentation.API_TOKEN);
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.path("description").asString()).contains("/account/tokens");
		assertThat(document.get("security")).as("no requirement for the whole document").isNull();
		Set<String> writes = new TreeSet<>();
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String name = operation.getKey() + " " + path.getKey();
			JsonNode security = operation.getValue().get("security");
			if (operation.getKey().equals("get") || operation.getKey().equals("head")) {
				assertThat(security).as("%s is open", name).isNull();
				return;
			}
			writes.add(name);
			assertThat(security).as("%s requires the API token", name).isNotNull();
			assertThat(security.findValues(ApiDocumentation.API_TOKEN)).as("%s requires the API token", name)
				.hasSize(1);
			assertThat(operation.getValue().get("responses").propertyNames())
				.as("%s documents its problem answers", name)
				.contains("400", "401", "403", "404", "409")
				.anySatisfy((status) -> assertThat(status).startsWith("2"));
		}));
		assertThat(writes).as("the writes").isNotEmpty();
	}

	@Test
	void theServedDocumentIsTheCommittedOne() throws Exception {
		String served = served();
		Path committed = Path.of(COMMITTED);
		if (Boolean.getBoolean("niap.api.write-openapi")) {
			Files.createDirectories(committed.getParent());
			Files.writeString(committed, served, StandardCharsets.UTF_8);
		}
		assertThat(committed).as("%s is missing: write it with %s", COMMITTED, REGENERATE).exists();
		assertThat(this.json.readTree(served))
			.as("The served OpenAPI document differs from %s. If the API changed on purpose, write the new "
					+ "document with:%n  %s%nand commit it.", COMMITTED, REGENERATE)
			.isEqualTo(this.json.readTree(Files.readString(committed, StandardCharsets.UTF_8)));
	}

	@Test
	void swaggerUiIsServedWithTheDocument() throws Exception {
		String location = this.mvc.perform(get("/api/docs")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/api/swagger-ui/index.html");
		assertThat(this.mvc.perform(get(location)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/api/swagger-ui/swagger-initializer.js"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/api/v1/openapi.json");
		String config = this.mvc.perform(get("/api/v1/openapi.json/swagger-config"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(config).contains("/api/v1/openapi.json");
	}

	private String served() throws Exception {
		return this.mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
	}

	/** The application's own API handlers (not springdoc's, nor the fallback). */
	private static boolean isTheApis(HandlerMethod method) {
		return method.getBeanType().getPackageName().equals(ApiReader.class.getPackageName())
				&& method.getBeanType() != ApiFallback.class;
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<String> methods = new TreeSet<>();
		info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
		return methods;
	}

}
