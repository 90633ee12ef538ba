package org.niaptracker.model;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	PhrasesTest() {
		this.messages.setBasename("messages/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void phrasesAreJoinedWithTheSeparatorOfTheReadersLanguage() {
		List<String> phrases = List.of("1 more 'achieved'", "{2} fewer", "3");
		assertThat(Phrases.join(this.messages, phrases, Locale.ENGLISH)).isEqualTo("1 more 'achieved'; {2} fewer; 3");
		assertThat(Phrases.join(this.messages, phrases, Locale.FRENCH))
			.isEqualTo("1 more 'achieved'\u202f; {2} fewer\u202f; 3");
		assertThat(Phrases.join(this.messages, phrases, Locale.forLanguageTag("es")))
			.isEqualTo("1 more 'achieved'; {2} fewer; 3");
		assertThat(Phrases.join(this.messages, List.of("one"), Locale.FRENCH)).isEqualTo("one");
		assertThat(Phrases.join(this.messages, List.of(), Locale.FRENCH)).isEmpty();
	}

}
