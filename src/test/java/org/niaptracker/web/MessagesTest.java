package org.niaptracker.web;

import org.niaptracker.report.history.ChangedField;
import org.niaptracker.report.lifecycle.LifecycleStep;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.niaptracker.report.ReportStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is a message key, and the English, French and Spanish bundles stay
 * complete.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> BASENAMES = basenames();

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void everyBundleHasTheSameKeys() throws IOException {
		Set<String> english = bundle("").stringPropertyNames();
		assertThat(english).isNotEmpty();
		for (String language : List.of("_fr", "_es")) {
			assertThat(new TreeSet<>(bundle(language).stringPropertyNames())).as(language)
				.containsExactlyElementsOf(new TreeSet<>(english));
			assertThat(bundle(language).values()).as(language)
				.allSatisfy((value) -> assertThat((String) value).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> english = bundle("").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		for (ReportStatus status : ReportStatus.values()) {
			used.add("status." + status);
		}
		assertThat(used).isNotEmpty();
		assertThat(english).containsAll(used);
	}

	/**
	 * Keys built at run time: from enums (statuses, roles, life-cycle steps, history
	 * fields, ratings of every scale) and message keys named in Java code.
	 */
	@Test
	void everyKeyBuiltInCodeExists() throws IOException {
		Set<String> english = bundle("").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		for (org.niaptracker.user.Role role : org.niaptracker.user.Role.values()) {
			used.add("role." + role);
		}
		for (org.niaptracker.report.history.ChangedField field : org.niaptracker.report.history.ChangedField.values()) {
			used.add("history.field." + field);
		}
		for (org.niaptracker.report.lifecycle.LifecycleStep step : org.niaptracker.report.lifecycle.LifecycleStep
			.values()) {
			used.add("lifecycle.step." + step);
			used.add("lifecycle.message." + step);
			used.add("lifecycle.moved." + step.path());
		}
		used.add("notices.report.SUBMITTED");
		used.add("notices.report.RETURNED");
		used.add("summary.rating.unrated");
		Matcher ratings = Pattern.compile("'([A-Z_]+)', '[^']+', \\d+\\)")
			.matcher(Files.readString(Path.of("db/V2__rating_scales.sql")));
		while (ratings.find()) {
			used.add("rating." + ratings.group(1));
			used.add("summary.rating." + ratings.group(1));
		}
		Pattern literal = Pattern
			.compile("\"((?:check|lifecycle|edit|newReport|review|summary|history|api\\.problem)\\.[A-Za-z.]+)\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((file) -> file.toString().endsWith(".java")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(source));
				while (matcher.find()) {
					if (!matcher.group(1).endsWith(".")) {
						used.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(used).contains("check.unrated", "rating.NOT_COMMENCED", "summary.rating.ON_TRACK",
				"api.problem.notFound");
		assertThat(english).containsAll(used);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (replacesItsContent(element) || isInsideReplacedContent(element)
						|| element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank()) {
						offenders.add(TEMPLATES.relativize(template) + ": \"" + text.text().strip() + "\"");
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static boolean replacesItsContent(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
				|| element.hasAttr("th:insert") || element.hasAttr("th:errors");
	}

	private static boolean isInsideReplacedContent(Element element) {
		for (Element parent : element.parents()) {
			if (replacesItsContent(parent)) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	/**
	 * All feature bundles of one language ("" for English, "_fr", "_es"), merged; no key
	 * defined twice.
	 */
	private static Properties bundle(String language) throws IOException {
		Properties merged = new Properties();
		for (String basename : BASENAMES) {
			try (InputStream in = MessagesTest.class.getResourceAsStream("/" + basename + language + ".properties")) {
				if (in == null) {
					continue;
				}
				Properties properties = new Properties();
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				assertThat(merged.keySet()).as(basename + language).doesNotContainAnyElementsOf(properties.keySet());
				merged.putAll(properties);
			}
		}
		return merged;
	}

	private static List<String> basenames() {
		try (InputStream in = MessagesTest.class.getResourceAsStream("/application.properties")) {
			Properties application = new Properties();
			application.load(in);
			return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
