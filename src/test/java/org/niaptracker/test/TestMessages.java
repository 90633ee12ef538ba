package org.niaptracker.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles without an application context: the basenames of
 * {@code spring.messages.basename} in {@code application.properties}, read as UTF-8 and
 * without falling back to the system locale, as Spring Boot configures them.
 */
public final class TestMessages {

	private TestMessages() {
	}

	public static MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static String[] basenames() {
		Properties properties = new Properties();
		try (InputStream in = TestMessages.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("spring.messages.basename").split("\\s*,\\s*");
	}

}
