package org.niaptracker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Text from every form and address is cleaned in one place. */
class TextInputTest {

	@Test
	void lineBreaksBecomeLfAndSurroundingBlanksGo() {
		assertThat(TextInput.clean("  First point\r\nSecond point\rThird\n  "))
			.isEqualTo("First point\nSecond point\nThird");
	}

	@Test
	void tabsAndLineBreaksInsideTheTextAreKept() {
		assertThat(TextInput.clean("a\tb\n\nc")).isEqualTo("a\tb\n\nc");
	}

	@Test
	void missingTextStaysMissing() {
		assertThat(TextInput.clean(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "before\u0000after", "\u001b[31mred", "bell\u0007", "del\u007f", "c1\u0085" })
	void controlCharactersAreRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TextInput.clean(text))
			.withMessageContaining("Control character");
	}

	@Test
	void khmerAndOtherScriptsPassUnchanged() {
		String khmer = "ការអនុវត្ត NIAP — «Plan» 国家象牙行动计划";
		assertThat(TextInput.clean(khmer)).isEqualTo(khmer);
	}

}
