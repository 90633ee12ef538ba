package org.niaptracker.model;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The content's generation, and what is kept under it: every committed change of the
 * content raises it, once per transaction; a page kept under it costs one statement to
 * ask again, shows a change on the next request, and is still cut for each reader.
 */
@PostgresTest
class ContentGenerationTest {

	/** What is not content: no page kept under the generation reads it. */
	private static final Set<String> NOT_CONTENT = Set.of("app_user", "api_token", "sign_in_throttle", "spring_session",
			"spring_session_attributes", "import_upload", "kept_report_file", "flyway_schema_history",
			"content_generation_slot");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private ContentGeneration generation;

	@Test
	void everyTableIsContentOrSaidNotToBe() {
		List<String> tables = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				 where n.nspname = current_schema() and c.relkind in ('r', 'p')""", String.class);
		Set<String> watched = new TreeSet<>(this.jdbc.queryForList("""
				select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				 where t.tgname = 'content_changed'""", String.class));
		Set<String> unwatched = new TreeSet<>(tables);
		unwatched.removeAll(watched);
		assertThat(unwatched).as("tables whose changes raise no generation: content, or not?")
			.isEqualTo(new TreeSet<>(NOT_CONTENT));
		assertThat(watched).doesNotContainAnyElementsOf(NOT_CONTENT)
			.contains("evaluation", "reporting_period", "party");
	}

	@Test
	void aCommittedChangeRaisesTheGenerationOnceAndARolledBackOneNot() {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 3);
		long before = generation();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.update("update evaluation set progress_points = array['Changed.'] where reporting_period_id = "
					+ "(select r.id from reporting_period r join party p on p.id = r.party_id where p.code = 'ZZ')");
			this.jdbc.update("update party set name = 'Renamed' where code = 'ZZ'");
			assertThat(generation()).as("not before the commit").isEqualTo(before);
		});
		assertThat(generation()).as("four rows in two tables, one transaction").isEqualTo(before + 1);

		transaction.executeWithoutResult((status) -> {
			this.jdbc.update("update party set name = 'Renamed again' where code = 'ZZ'");
			status.setRollbackOnly();
		});
		assertThat(generation()).isEqualTo(before + 1);

		this.jdbc.update("update spring_session set last_access_time = last_access_time");
		this.jdbc.update("update app_user set notices_seen_at = notices_seen_at");
		assertThat(generation()).as("sessions and accounts are not content").isEqualTo(before + 1);
	}

	/**
	 * Two writers whose transactions raise different rows of the generation do not wait
	 * for each other. The first writer's trigger is made to run before its commit
	 * ({@code set constraints all immediate}), so that it holds its row's lock while the
	 * second commits; with the generation in one row (V23), the second waited for the
	 * first's commit.
	 */
	@Test
	void concurrentWritersRaiseDifferentRowsWithoutWaiting() throws SQLException {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 3);
		long before = generation();
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			try (Statement one = first.createStatement(); Statement two = second.createStatement()) {
				one.execute("set constraints all immediate");
				one.executeUpdate("update party set name = 'First writer' where code = 'ZZ'");
				long firstSlot = slotOf(one);
				long secondSlot;
				two.execute("set local lock_timeout = '2s'");
				two.executeUpdate("update meeting set code = code where id = (select min(id) from meeting)");
				while ((secondSlot = slotOf(two)) == firstSlot) {
					second.rollback();
					two.execute("set local lock_timeout = '2s'");
					two.executeUpdate("update meeting set code = code where id = (select min(id) from meeting)");
				}
				second.commit();
				assertThat(generation()).as("the second writer's commit, while the first still holds its row")
					.isEqualTo(before + 1);
				assertThat(slotGeneration(secondSlot) - slotGeneration(firstSlot)).isNotZero();
				first.commit();
				assertThat(generation()).isEqualTo(before + 2);
				assertThat(this.jdbc.queryForList("select generation from content_generation", Long.class))
					.as("one row, as the build before V24 reads it")
					.containsExactly(before + 2);
			}
			finally {
				first.setAutoCommit(true);
				second.setAutoCommit(true);
			}
		}
	}

	private static long slotOf(Statement statement) throws SQLException {
		try (ResultSet slot = statement.executeQuery("select pg_current_xact_id()::text::bigint % 16")) {
			slot.next();
			return slot.getLong(1);
		}
	}

	private long slotGeneration(long slot) {
		return this.jdbc.queryForObject("select generation from content_generation_slot where slot = ?", Long.class,
				slot);
	}

	@Test
	void aKeptPageCostsOneStatementAndShowsAChangeAtOnce() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 3);
		for (String page : List.of("/dashboard", "/", "/parties/ZZ")) {
			assertThat(body(get(page))).contains("Test Party ZZ");
			assertThat(this.sql.countDuring(() -> body(get(page)))).as(page + ", asked again").isEqualTo(1);
		}
		this.jdbc.update("update party set name = 'Zanzibar Test Party' where code = 'ZZ'");
		for (String page : List.of("/dashboard", "/", "/parties/ZZ")) {
			assertThat(body(get(page))).as(page).contains("Zanzibar Test Party").doesNotContain("Test Party ZZ");
		}
	}

	@Test
	void aKeptListIsStillCutForEachReader() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		String draft = "href=\"/parties/KH/reports/SC67\"";
		for (int i = 0; i < 2; i++) {
			assertThat(body(get("/parties/KH").with(accounts.as(Accounts.FOCAL_KH)))).contains(draft);
			assertThat(body(get("/parties/KH"))).doesNotContain(draft).contains("href=\"/parties/KH/reports/SC66\"");
			assertThat(body(get("/").with(accounts.as(Accounts.FOCAL_KH)))).contains(draft);
			assertThat(body(get("/"))).doesNotContain(draft);
		}
	}

	@Test
	void aDraftIsReadOnceAtAGeneration() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		String page = "/parties/KH/reports/SC67";
		body(get(page).with(accounts.as(Accounts.FOCAL_KH)));
		this.sql.countDuring(() -> body(get(page).with(accounts.as(Accounts.FOCAL_KH))));
		long kept = this.sql.countDuring(() -> body(get(page).with(accounts.as(Accounts.FOCAL_KH))));
		this.jdbc.update("update party set name = name where code = 'KH'");
		long readAgain = this.sql.countDuring(() -> body(get(page).with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(readAgain)
			.as("at a new generation: the report, its scale, its evaluations, the actions it lacks, its timeline, "
					+ "and the two counts of the header's notices")
			.isEqualTo(kept + 7);
	}

	private long generation() {
		return this.jdbc.queryForObject("select generation from content_generation", Long.class);
	}

	@Test
	void aValueReadAlongTheGenerationSparesTheTransactionItsOwnReadOfIt() throws Exception {
		String name = "select display_name from app_user where username = :name";
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		long before = this.jdbc.queryForObject("select generation from content_generation", Long.class);

		List<String> statements = this.sql.statementsDuring(() -> readOnly.executeWithoutResult((status) -> {
			assertThat(this.generation.readAlong(name, Map.of("name", "focal.kh"), String.class)).isNotBlank();
			assertThat(this.generation.current()).isEqualTo(before);
			// Once the generation is read, a value is read on its own.
			assertThat(this.generation.readAlong(name, Map.of("name", "secretariat"), String.class)).isNotBlank();
			assertThat(this.generation.readAlong(name, Map.of("name", "nobody"), String.class)).isNull();
		}));

		assertThat(statements).hasSize(3);
		assertThat(statements.get(0)).contains("display_name", "content_generation");
		assertThat(statements.subList(1, 3)).allSatisfy((sql) -> assertThat(sql).doesNotContain("content_generation"));
	}

	@Test
	void outsideATransactionAValueIsReadOnItsOwn() throws Exception {
		List<String> statements = this.sql.statementsDuring(
				() -> assertThat(this.generation.readAlong("select display_name from app_user where username = :name",
						Map.of("name", "focal.kh"), String.class))
					.isNotBlank());

		assertThat(statements).singleElement().asString().doesNotContain("content_generation");
	}

	/**
	 * Outside a transaction, a value not kept is read in a read-only transaction of its
	 * own, after the generation; kept, it costs the generation's statement and no
	 * transaction. In a transaction, both join it.
	 */
	@Test
	void aValueReadingIsReadInAReadOnlyTransactionOfItsOwn() throws Exception {
		ContentGeneration.Kind<String, String> kind = this.generation.kind("test_reading", String::length);
		List<Boolean> readOnly = new ArrayList<>();
		Supplier<String> read = () -> {
			readOnly.add(TransactionSynchronizationManager.isActualTransactionActive()
					&& TransactionSynchronizationManager.isCurrentTransactionReadOnly());
			return this.jdbc.queryForObject("select name from party where code = 'KH'", String.class);
		};

		List<String> first = this.sql
			.statementsDuring(() -> assertThat(this.generation.getReading(kind, "KH", read)).isEqualTo("Cambodia"));
		List<String> again = this.sql
			.statementsDuring(() -> assertThat(this.generation.getReading(kind, "KH", read)).isEqualTo("Cambodia"));

		assertThat(readOnly).containsExactly(true);
		assertThat(first).hasSize(2);
		assertThat(first.get(0)).contains("content_generation");
		assertThat(again).singleElement().asString().contains("content_generation");
		Supplier<Boolean> isReadOnly = TransactionSynchronizationManager::isCurrentTransactionReadOnly;
		assertThat(this.generation.reading(isReadOnly)).isTrue();
		TransactionTemplate writing = new TransactionTemplate(this.transactions);
		Boolean inWriting = writing.execute((status) -> this.generation.reading(isReadOnly));
		assertThat(inWriting).as("joins the one that runs").isFalse();
	}

	private String body(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
