package org.niaptracker.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A bounded fuzz test with a fixed seed: hostile requests to every endpoint the
 * application maps, as every role, with hostile path variables and form fields. No answer
 * may be a server error, and the published SC66 report must come out byte-identical.
 */
@PostgresTest
class HostileRequestsFuzzTest {

	private static final long SEED = 20261129L;

	private static final int REQUESTS = 2100;

	private static final List<String> WHO = List.of("", Accounts.FOCAL_KH, Accounts.FOCAL_OTHER, Accounts.SECRETARIAT,
			Accounts.ADMIN);

	private static final List<String> HOSTILE = List.of("", " ", "\u0000", "a\u0000b", "\u001b[2J", "%00", "%",
			"../../../etc/passwd", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' or '1'='1",
			"1; drop table evaluation; --", "${7*7}", "*{T(java.lang.Runtime).getRuntime()}", "__${7*7}__::x",
			"9999999999999999999999", "-1", "0", "NaN", "1e309", "2015-13", "0000-00", "２０１５-１０", "\uD800",
			"😀".repeat(50), "x".repeat(5000), "\r\nSet-Cookie: a=b", "null", "true", "[]", "{\"a\":1}",
			"=HYPERLINK(1)", "ON_TRACK", "CHALLENGING", "1.2", "KH", "SC66", "SC67");

	private static final List<String> FIELDS = List.of("rating", "points", "version", "synopsis", "progressToDate",
			"futureOutlook", "documentRef", "annexRef", "languageLine", "groupHeading", "periodStart", "periodEnd",
			"preparedBy", "meetingCode", "message", "action", "body", "published", "username", "displayName", "email",
			"role", "partyCode", "enabled", "_enabled", "password", "code", "name", "number", "startsOn", "reportDueOn",
			"ratingScale", "submittedOn", "lang");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void hostileRequestsGetAClearAnswerAndLeaveThePublishedReportAlone() throws Exception {
		Accounts accounts = new Accounts(this.userDetailsService);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(accounts));
		byte[] jsonBefore = fetch("/parties/KH/reports/SC66/report.json");
		byte[] printBefore = fetch("/parties/KH/reports/SC66/print");
		byte[] csvBefore = fetch("/parties/KH/reports/SC66/evaluations.csv");

		// Signed-in users have a session, as after signing in.
		Map<String, Cookie> sessions = new TreeMap<>();
		for (String who : WHO) {
			if (!who.isEmpty()) {
				sessions.put(who,
						this.mvc.perform(request(HttpMethod.GET, "/").with(accounts.as(who)))
							.andReturn()
							.getResponse()
							.getCookie("SESSION"));
			}
		}
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).hasSizeGreaterThan(30);
		Random random = new Random(SEED);
		Map<String, Integer> statuses = new TreeMap<>();
		List<String> serverErrors = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			// Every endpoint as every role in turn, with random hostile values.
			Endpoint endpoint = endpoints.get(i % endpoints.size());
			String who = WHO.get((i / endpoints.size()) % WHO.size());
			MockHttpServletRequestBuilder request = request(endpoint.method(), path(endpoint.pattern(), random));
			int fields = random.nextInt(6);
			for (int f = 0; f < fields; f++) {
				request.param(FIELDS.get(random.nextInt(FIELDS.size())), HOSTILE.get(random.nextInt(HOSTILE.size())));
			}
			if (endpoint.method() == HttpMethod.POST && random.nextInt(10) > 0) {
				request.with(csrf());
			}
			if (!who.isEmpty()) {
				request.with(accounts.as(who)).cookie(sessions.get(who));
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			statuses.merge(String.valueOf(status), 1, Integer::sum);
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (status >= 500 || body.contains("at org.springframework")
					|| body.contains("<script>alert(1)</script>")) {
				serverErrors.add(status + " " + endpoint.method() + " " + result.getRequest().getRequestURI() + " as "
						+ who + " " + result.getRequest().getParameterMap().keySet());
			}
		}
		System.out.println(
				"Hostile requests: " + REQUESTS + " over " + endpoints.size() + " endpoints, statuses " + statuses);
		assertThat(serverErrors).as("server errors or leaked traces").isEmpty();
		assertThat(fetch("/parties/KH/reports/SC66/report.json")).isEqualTo(jsonBefore);
		assertThat(fetch("/parties/KH/reports/SC66/print")).isEqualTo(printBefore);
		assertThat(fetch("/parties/KH/reports/SC66/evaluations.csv")).isEqualTo(csvBefore);
	}

	private byte[] fetch(String path) throws Exception {
		return this.mvc.perform(request(HttpMethod.GET, path)).andReturn().getResponse().getContentAsByteArray();
	}

	private String path(String pattern, Random random) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value(matcher.group(1), random)));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** Mostly a real value, so that requests reach the code behind the checks. */
	private String value(String variable, Random random) {
		if (random.nextInt(4) == 0) {
			String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
			return hostile.isEmpty() || hostile.contains("/") ? "x" : encode(hostile);
		}
		return switch (variable) {
			case "partyCode" -> List.of("KH", "ZZ", "XX").get(random.nextInt(3));
			case "meetingCode" -> List.of("SC66", "SC67", "SC99").get(random.nextInt(3));
			case "evaluationId" -> String.valueOf(Reports.evaluationId(this.jdbc, "KH",
					random.nextBoolean() ? "SC66" : "SC67", List.of("1.1", "1.2", "5.2").get(random.nextInt(3))));
			case "step" -> List.of("submit", "return", "accept", "publish", "reopen", "record").get(random.nextInt(6));
			case "id" -> String.valueOf(this.jdbc.queryForObject("select id from app_user order by id offset ? limit 1",
					Long.class, random.nextInt(3)));
			default -> String.valueOf(random.nextInt(3));
		};
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
				}
			}
		}
		endpoints.sort((a, b) -> (a.method() + a.pattern()).compareTo(b.method() + b.pattern()));
		return endpoints;
	}

	record Endpoint(HttpMethod method, String pattern) {

	}

}
