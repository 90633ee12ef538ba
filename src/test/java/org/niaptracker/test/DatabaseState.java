package org.niaptracker.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything the application stores (every row of every table of its
 * own, sessions and sign-in counters aside), to show that a refused request changed
 * nothing.
 */
public final class DatabaseState {

	static final List<String> TABLES = List.of("party", "meeting", "rating_scale", "progress_rating", "pillar",
			"niap_action", "reporting_period", "evaluation", "report_change", "report_transition", "report_submission",
			"secretariat_assessment", "review_comment", "app_user", "party_change", "rating_mapping",
			"rating_mapping_entry");

	private DatabaseState() {
	}

	/** Table name to the md5 of its rows in id order. */
	public static Map<String, String> of(JdbcTemplate jdbc) {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String table : TABLES) {
			// When a user last read the notices is not data anyone entered.
			String rows = table.equals("app_user")
					? "(select id, username, display_name, password_hash, role, party_id, enabled, email, version"
							+ " from app_user)"
					: table;
			digests.put(table, jdbc.queryForObject(
					"select coalesce(md5(string_agg(cast(t as text), '|' order by t.id)), '') from " + rows + " t",
					String.class));
		}
		return digests;
	}

}
