package org.niaptracker.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which ratings of different scales are "the same" rating, as the mappings between scales
 * say (Challenging at SC66 became Partial progress at SC69): charts give such ratings one
 * colour from one meeting to the next. Read from PostgreSQL on each use (one statement),
 * so every instance sees an administrator's change at once.
 */
@Component
public class RatingEquivalence {

	private final JdbcClient jdbc;

	RatingEquivalence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For every rating that a mapping links to another, the code of the rating that
	 * stands for its group: the one on the newest scale (the highest scale id). Ratings
	 * absent from the map stand for themselves.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> representatives() {
		record Link(long from, long to, long toScale, String fromCode, String toCode, long fromScale) {
		}
		List<Link> links = this.jdbc.sql("""
				select e.from_rating_id, e.to_rating_id, rt.rating_scale_id, rf.code, rt.code, rf.rating_scale_id
				  from rating_mapping_entry e
				  join progress_rating rf on rf.id = e.from_rating_id
				  join progress_rating rt on rt.id = e.to_rating_id""")
			.query((row, number) -> new Link(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
					row.getString(5), row.getLong(6)))
			.list();
		Map<Long, Long> parent = new HashMap<>();
		Map<Long, long[]> scaleAndId = new HashMap<>();
		Map<Long, String> codes = new HashMap<>();
		for (Link link : links) {
			codes.put(link.from(), link.fromCode());
			codes.put(link.to(), link.toCode());
			scaleAndId.put(link.from(), new long[] { link.fromScale(), link.from() });
			scaleAndId.put(link.to(), new long[] { link.toScale(), link.to() });
			union(parent, link.from(), link.to(), scaleAndId);
		}
		Map<Long, String> representatives = new HashMap<>();
		for (Long rating : codes.keySet()) {
			representatives.put(rating, codes.get(find(parent, rating)));
		}
		return representatives;
	}

	private static long find(Map<Long, Long> parent, long rating) {
		long root = rating;
		while (parent.containsKey(root) && parent.get(root) != root) {
			root = parent.get(root);
		}
		return root;
	}

	/** Joins two groups; the root is the rating on the newest scale. */
	private static void union(Map<Long, Long> parent, long a, long b, Map<Long, long[]> scaleAndId) {
		long rootA = find(parent, a);
		long rootB = find(parent, b);
		if (rootA == rootB) {
			return;
		}
		long[] sa = scaleAndId.get(rootA);
		long[] sb = scaleAndId.get(rootB);
		boolean aNewer = sa[0] > sb[0] || (sa[0] == sb[0] && sa[1] > sb[1]);
		if (aNewer) {
			parent.put(rootB, rootA);
			parent.putIfAbsent(rootA, rootA);
		}
		else {
			parent.put(rootA, rootB);
			parent.putIfAbsent(rootB, rootB);
		}
	}

}
