package org.niaptracker.tracking;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many actions of each report stand under each rating: the Party's ratings, and the
 * Secretariat's own. One statement each, for any number of reports. Whether the reader
 * may see a report, or the Secretariat's ratings of it, is the caller's business: ask
 * only for those.
 */
@Component
public class RatingCounts {

	/** The key under which actions without a rating are counted. */
	public static final long UNRATED = 0L;

	private final JdbcClient jdbc;

	RatingCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The Party's ratings, counted from the index on (report, rating) alone
	 * ({@code V22__evaluation_rating_counts_index.sql}).
	 */
	static final String PARTY = """
			select e.reporting_period_id, coalesce(e.progress_rating_id, 0), count(*)
			  from evaluation e
			 where e.reporting_period_id = any(?)
			 group by 1, 2""";

	/** The Party's ratings: report id to (rating id, or {@link #UNRATED}) to actions. */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Integer>> party(Collection<Long> reportIds) {
		return count(PARTY, reportIds);
	}

	/**
	 * The Secretariat's ratings of the same actions: report id to (rating id, or
	 * {@link #UNRATED} where the Secretariat has not rated the action) to actions.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Integer>> secretariat(Collection<Long> reportIds) {
		return count("""
				select e.reporting_period_id, coalesce(sa.progress_rating_id, 0), count(*)
				  from evaluation e
				  left join secretariat_assessment sa on sa.evaluation_id = e.id
				 where e.reporting_period_id = any(?)
				 group by 1, 2""", reportIds);
	}

	/**
	 * The Secretariat's figures as the SC documents print them: its rating where it rated
	 * an action, the Party's where it did not (it agrees then). Report id to (rating id,
	 * or {@link #UNRATED} where neither rated the action) to actions.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Integer>> secretariatElseParty(Collection<Long> reportIds) {
		return count("""
				select e.reporting_period_id, coalesce(sa.progress_rating_id, e.progress_rating_id, 0), count(*)
				  from evaluation e
				  left join secretariat_assessment sa on sa.evaluation_id = e.id
				 where e.reporting_period_id = any(?)
				 group by 1, 2""", reportIds);
	}

	private Map<Long, Map<Long, Integer>> count(String sql, Collection<Long> reportIds) {
		Map<Long, Map<Long, Integer>> counts = new HashMap<>();
		if (reportIds.isEmpty()) {
			return counts;
		}
		record Row(long report, long rating, int count) {
		}
		List<Row> rows = this.jdbc.sql(sql)
			.param(reportIds.toArray(Long[]::new))
			.query((row, number) -> new Row(row.getLong(1), row.getLong(2), row.getInt(3)))
			.list();
		for (Row row : rows) {
			counts.computeIfAbsent(row.report(), (id) -> new HashMap<>()).put(row.rating(), row.count());
		}
		return counts;
	}

}
