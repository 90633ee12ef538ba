package org.niaptracker.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the 409 page sends the user for the latest version. */
class ErrorBoundaryTest {

	@ParameterizedTest
	@CsvSource({ "/parties/KH/reports/SC67/evaluations/12, /parties/KH/reports/SC67/edit",
			"/parties/KH/reports/SC67/part-a, /parties/KH/reports/SC67/edit",
			"/parties/KH/reports/SC67/cover, /parties/KH/reports/SC67/edit",
			"/parties/KH/reports/SC67/review, /parties/KH/reports/SC67/review",
			"/parties/KH/reports/SC67/review/assessments/12, /parties/KH/reports/SC67/review",
			"/parties/KH/reports/SC67/review/assessment-publication, /parties/KH/reports/SC67/review",
			"/parties/KH/reports/SC67/lifecycle/submit, /parties/KH/reports/SC67",
			"/parties/KH/reports/SC67, /parties/KH/reports/SC67",
			"/parties/KH/reports/SC67/evaluations/12/extra, /parties/KH/reports/SC67",
			"/parties/KH/reports/SC67/cover/x, /parties/KH/reports/SC67", "/admin/users/7, /admin/users/7",
			"/admin/users/7/unlock, /admin/users/7", "/admin/parties/KH, /admin/parties/KH",
			"/admin/meetings/SC98/delete, /admin/meetings/SC98", "/admin/scales/SC65, /admin/scales/SC65",
			"/admin/scales/SC65/mappings/SC69, /admin/scales/SC65/mappings/SC69" })
	void theLatestVersionOfWhatWasRefused(String path, String latest) {
		assertThat(ErrorBoundary.latestPath(path)).isEqualTo(latest);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "", "/parties/KH", "/parties/KH/reports", "/admin/users/abc", "/admin/users",
			"/admin/parties", "/admin/parties/KH/x", "/overview" })
	void nowhereForOtherPaths(String path) {
		assertThat(ErrorBoundary.latestPath(path)).isNull();
	}

}
