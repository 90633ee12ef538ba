package org.niaptracker.links;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address scheme: from its base (context path, API base, public URL), each code one
 * path segment.
 */
class AddressesTest {

	@Test
	void linksStartFromTheContextPath() {
		Addresses links = new Addresses("/niap");

		assertThat(links.home()).isEqualTo("/niap/");
		assertThat(links.party("KH")).isEqualTo("/niap/parties/KH");
		assertThat(links.report("KH", "SC66")).isEqualTo("/niap/parties/KH/reports/SC66");
		assertThat(links.meeting("SC66")).isEqualTo("/niap/meetings/SC66");
		assertThat(new Addresses("").report("KH", "SC66")).isEqualTo("/parties/KH/reports/SC66");
	}

	@Test
	void redirectsTakeTheAddressesInsideTheApplication() {
		assertThat(Addresses.IN_APPLICATION.report("KH", "SC66")).isEqualTo("/parties/KH/reports/SC66");
		assertThat(Addresses.IN_APPLICATION.party("KH")).isEqualTo("/parties/KH");
	}

	@Test
	void aCodeIsOnePathSegment() {
		Addresses links = new Addresses("");

		assertThat(links.report("K/H", "SC 66?")).isEqualTo("/parties/K%2FH/reports/SC%2066%3F");
		assertThat(links.meeting("../x")).isEqualTo("/meetings/..%2Fx");
	}

}
