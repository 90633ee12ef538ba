package org.niaptracker.tracking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.niaptracker.meeting.RatingEquivalence;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.tracking.ShareChart.Bar;
import org.niaptracker.tracking.ShareChart.Segment;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares add up to 100; ratings the mappings make equivalent share a colour across
 * scales.
 */
@PostgresTest
class ShareChartsTest {

	@Autowired
	private RatingEquivalence equivalence;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RatingCounts counts;

	@Test
	void sharesAddUpToAHundredByLargestRemainders() {
		assertThat(ShareCharts.percents(List.of(1, 1, 1), 3)).containsExactly(34, 33, 33);
		assertThat(ShareCharts.percents(List.of(2, 9, 2, 0), 13)).containsExactly(16, 69, 15, 0);
		assertThat(ShareCharts.percents(List.of(0, 0), 0)).containsExactly(0, 0);
	}

	@Test
	void mappedRatingsKeepOneColourFromOneScaleToTheNext() {
		Map<Long, String> representatives = this.equivalence.representatives();
		long challenging = ratingId("SC65", "CHALLENGING");
		long partial = ratingId("SC69", "PARTIAL_PROGRESS");
		long unclear = ratingId("SC65", "UNCLEAR");
		assertThat(representatives.get(challenging)).isEqualTo("PARTIAL_PROGRESS");
		assertThat(representatives.get(partial)).isEqualTo("PARTIAL_PROGRESS");
		assertThat(representatives).doesNotContainKey(unclear);

		Bar sc66 = ShareCharts.bar("SC66", "",
				List.of(new ShareCharts.Rating(challenging, "CHALLENGING", "Challenging"),
						new ShareCharts.Rating(unclear, "UNCLEAR", "Unclear")),
				Map.of(challenging, 2, unclear, 1), 1, representatives, "Not yet rated");
		Bar sc69 = ShareCharts.bar("SC69", "", List.of(new ShareCharts.Rating(partial, "PARTIAL_PROGRESS", "Partial")),
				Map.of(partial, 4), 0, representatives, "Not yet rated");
		assertThat(sc66.segments()).extracting(Segment::percent).containsExactly(50, 25, 25);
		assertThat(sc66.segments().get(0).colour()).isEqualTo(sc69.segments().get(0).colour());
		assertThat(sc66.segments().get(1).colour()).isNotEqualTo(sc66.segments().get(0).colour());
		assertThat(sc66.segments().get(2).colour()).isEqualTo(RatingPalette.UNRATED);
		assertThat(sc66.offsets(400)).containsExactly(0, 200, 300);
	}

	@Test
	void countsTheActionsOfEachRatingOfAReport() {
		long sc66 = this.jdbc.queryForObject("""
				select rp.id from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC66'""",
				Long.class);
		Map<Long, Integer> party = this.counts.party(List.of(sc66)).get(sc66);
		assertThat(party).containsOnly(Map.entry(ratingId("SC65", "SUBSTANTIALLY_ACHIEVED"), 2),
				Map.entry(ratingId("SC65", "ON_TRACK"), 9), Map.entry(ratingId("SC65", "CHALLENGING"), 2));
		assertThat(this.counts.secretariat(List.of(sc66)).get(sc66)).containsOnly(Map.entry(RatingCounts.UNRATED, 13));
		assertThat(this.counts.party(List.of())).isEmpty();
	}

	private long ratingId(String scale, String code) {
		return this.jdbc.queryForObject("""
				select r.id from progress_rating r join rating_scale s on s.id = r.rating_scale_id
				 where s.code = ? and r.code = ?""", Long.class, scale, code);
	}

}
