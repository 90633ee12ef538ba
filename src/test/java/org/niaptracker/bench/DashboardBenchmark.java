package org.niaptracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.BenchData;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 10's scale figures in one run (bench/run.sh): the dashboard's SQL statements with
 * Cambodia alone and with 600 generated Parties (each 50 actions, 10 meetings: 300,000
 * evaluations), then, on that data, the median latency of the dashboard, of Cambodia's
 * SC66 report page and of a static file, over real HTTP with several clients on a warm
 * JVM. Not part of {@code ./mvnw verify} (the name does not end in Test). Results go to
 * target/benchmark/dashboard.txt. Sizes can be set with -Dbench.parties=... etc.
 */
@PostgresTest
class DashboardBenchmark {

	private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

	private static final int REQUESTS = Integer.getInteger("bench.requests", 400);

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Test
	void dashboardAgainstTheReportPageAt300000Evaluations() throws Exception {
		int parties = Integer.getInteger("bench.parties", 600);
		int actions = Integer.getInteger("bench.actions", 50);
		int meetings = Integer.getInteger("bench.meetings", 10);
		List<String> lines = new ArrayList<>();
		long one = statements("/dashboard");
		long started = System.nanoTime();
		BenchData.generate(this.jdbc, parties, actions, meetings);
		long generated = (System.nanoTime() - started) / 1_000_000;
		this.jdbc.execute("analyze");
		long evaluations = this.jdbc.queryForObject("select count(*) from evaluation", Long.class);
		long many = statements("/dashboard");
		long manyFiltered = statements("/dashboard?category=B&sort=achieved&page=3");
		lines.add(
				"Dashboard benchmark (issue 10), one JVM, one run; %d clients, %d requests per page after as many to warm up"
					.formatted(CLIENTS, REQUESTS));
		lines.add(
				"Data: %d generated Parties x %d actions x %d meetings + Cambodia = %,d evaluations (generated in %,d ms)"
					.formatted(parties, actions, meetings, evaluations, generated));
		lines.add("SQL statements of /dashboard, signed out: %d with 1 Party; %d with %d Parties (%d filtered, page 3)"
			.formatted(one, many, parties + 1, manyFiltered));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String[] pages = { "/favicon.ico", "/parties/KH/reports/SC66", "/dashboard",
				"/dashboard?sort=achieved&page=5" };
		double[] medians = new double[pages.length];
		long[] sizes = new long[pages.length];
		for (int i = 0; i < pages.length; i++) {
			measure(client, pages[i], REQUESTS);
		}
		for (int i = 0; i < pages.length; i++) {
			List<Long> times = measure(client, pages[i], REQUESTS);
			medians[i] = median(times) / 1000.0;
			sizes[i] = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pages[i])).build(),
						HttpResponse.BodyHandlers.ofByteArray())
				.body().length;
		}
		lines.add("%-36s %10s %10s %12s".formatted("page", "bytes", "median ms", "x static"));
		for (int i = 0; i < pages.length; i++) {
			lines.add("%-36s %10d %10.2f %12.1f".formatted(pages[i], sizes[i], medians[i], medians[i] / medians[0]));
		}
		lines.add("Dashboard median / SC66 report median: %.2f (goal <= 3); page 5 sorted by share achieved: %.2f"
			.formatted(medians[2] / medians[1], medians[3] / medians[1]));
		Path out = Path.of("target", "benchmark", "dashboard.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		lines.forEach(System.out::println);
		assertThat(many).isEqualTo(one);
	}

	private long statements(String page) throws Exception {
		return this.sql.countDuring(
				() -> assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getStatus()).isEqualTo(200));
	}

	/** Each request's time in microseconds, {@code CLIENTS} at a time. */
	private List<Long> measure(HttpClient client, String page, int requests) throws Exception {
		URI uri = URI.create("http://localhost:" + this.port + page);
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				work.add(clients.submit(() -> {
					for (int r = 0; r < requests / CLIENTS; r++) {
						long start = System.nanoTime();
						HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).build(),
								HttpResponse.BodyHandlers.ofByteArray());
						times.add((System.nanoTime() - start) / 1000);
						if (response.statusCode() != 200) {
							throw new IllegalStateException(page + " answered " + response.statusCode());
						}
					}
					return null;
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		}
		finally {
			clients.shutdown();
		}
		return times;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
