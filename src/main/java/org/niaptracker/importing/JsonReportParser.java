package org.niaptracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.niaptracker.export.ReportDocument;
import org.niaptracker.importing.ParsedReport.PartCEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads a report as the app exports it in JSON ({@link ReportDocument}, version 1 of the
 * schema served at {@code /schema/report-v1.json}) into the same {@link ParsedReport} a
 * Word document gives, so that the same preview, flags and confirmation apply. The JSON
 * is read with tight limits (nesting depth, tokens) and validated against the schema
 * before anything of it is used; a refusal's reason names where the file is wrong, never
 * what it holds.
 */
@Component
class JsonReportParser {

	/** The schema's structure is six levels deep; anything much deeper is refused. */
	static final int MAX_DEPTH = 32;

	/**
	 * Tokens (names, values, brackets): a report of 200 actions with three points each
	 * has under 5,000.
	 */
	static final long MAX_TOKENS = 500_000;

	/** A template placeholder left in a title or a pillar's name: "[Name]". */
	private static final Pattern PLACEHOLDER = Pattern.compile(".*\\[[A-Z][A-Za-z ]{1,40}\\].*");

	private final JsonMapper json;

	private final Schema schema;

	JsonReportParser() {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(
					StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxTokenCount(MAX_TOKENS).build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
		this.json = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
		try (InputStream in = new ClassPathResource("static" + ReportDocument.SCHEMA).getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the bytes look like JSON rather than a Word document: their first character
	 * (after a UTF-8 byte-order mark and white space) opens an object or an array.
	 */
	static boolean looksLikeJson(byte[] bytes) {
		if (bytes == null) {
			return false;
		}
		int i = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
			i++;
		}
		return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
	}

	ParsedReport parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new ImportRefusedException("importing.refused.empty", "empty file");
		}
		JsonNode node = read(bytes);
		if (!node.isObject()) {
			throw new ImportRefusedException("importing.refused.jsonOtherSchema", "not a JSON object");
		}
		JsonNode declared = node.get("$schema");
		JsonNode version = node.get("schemaVersion");
		if (declared == null || !declared.isString() || !ReportDocument.SCHEMA.equals(declared.asString())
				|| version == null || !version.isIntegralNumber() || version.asLong() != 1) {
			throw new ImportRefusedException("importing.refused.jsonOtherSchema",
					"not $schema " + ReportDocument.SCHEMA + " version 1");
		}
		List<Error> errors = this.schema.validate(node,
				(Consumer<ExecutionContext>) (context) -> context.executionConfig((config) -> config.failFast(true)));
		if (!errors.isEmpty()) {
			Error error = errors.get(0);
			String where = where(error);
			throw new ImportRefusedException("importing.refused.jsonInvalid",
					"schema: " + error.getKeyword() + " at " + where, where + ": " + error.getMessage());
		}
		ReportDocument document;
		try {
			document = this.json.treeToValue(node, ReportDocument.class);
		}
		catch (JacksonException ex) {
			throw new ImportRefusedException("importing.refused.jsonInvalid", "unmapped: " + ex.getClass().getName(),
					"/");
		}
		return parsed(document);
	}

	private JsonNode read(byte[] bytes) {
		try {
			return this.json.readTree(bytes);
		}
		catch (StreamConstraintsException ex) {
			throw new ImportRefusedException("importing.refused.jsonTooComplex", "over the JSON limits");
		}
		catch (JacksonException ex) {
			throw new ImportRefusedException("importing.refused.jsonMalformed",
					"malformed JSON: " + ex.getClass().getSimpleName(), location(ex));
		}
	}

	private static ParsedReport parsed(ReportDocument document) {
		ReportDocument.Cover cover = document.cover();
		YearMonth start = month(cover.periodStart(), "/cover/periodStart");
		YearMonth end = month(cover.periodEnd(), "/cover/periodEnd");
		Map<String, String> labels = new LinkedHashMap<>();
		document.ratingScale().forEach((rating) -> labels.putIfAbsent(rating.code(), rating.label()));
		Map<Integer, String> pillars = new LinkedHashMap<>();
		List<PartCEntry> actions = new ArrayList<>();
		List<String> leftovers = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (ReportDocument.Pillar pillar : document.pillars()) {
			if (pillars.putIfAbsent(pillar.number(), pillar.name()) != null) {
				throw new ImportRefusedException("importing.refused.jsonDuplicate", "a pillar number twice",
						String.valueOf(pillar.number()));
			}
			if (PLACEHOLDER.matcher(pillar.name()).matches()) {
				leftovers.add(pillar.name());
			}
			for (ReportDocument.Action action : pillar.actions()) {
				if (!numbers.add(action.number())) {
					throw new ImportRefusedException("importing.refused.jsonDuplicate", "an action number twice",
							action.number());
				}
				if (PLACEHOLDER.matcher(action.title()).matches()) {
					leftovers.add(action.number() + " " + action.title());
				}
				String rating = action.rating();
				String evaluation = (rating == null) ? "" : labels.getOrDefault(rating, rating);
				actions.add(new PartCEntry(pillar.number(), action.number(), action.title(), action.marked(),
						evaluation, List.copyOf(action.points()), rating));
			}
		}
		String period = (start == null && end == null) ? null
				: Objects.toString(cover.periodStart(), "?") + " – " + Objects.toString(cover.periodEnd(), "?");
		return new ParsedReport(ParsedReport.Source.JSON, document.party().code(), document.meeting().code(),
				document.party().name(), period, start, end, cover.preparedBy(), cover.languageLine(),
				cover.groupHeading(), cover.documentRef(), cover.annexRef(), List.copyOf(document.partA().synopsis()),
				List.copyOf(document.partA().progressToDate()), List.copyOf(document.partA().futureOutlook()), pillars,
				false, List.of(), List.copyOf(actions), List.copyOf(leftovers), document.secretariatRatings());
	}

	private static YearMonth month(String text, String where) {
		if (text == null) {
			return null;
		}
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeException ex) {
			throw new ImportRefusedException("importing.refused.jsonInvalid", "not a month at " + where, where);
		}
	}

	/**
	 * Where the schema's error is, as a JSON pointer ("/party/code"); "/" for the top.
	 */
	private static String where(Error error) {
		String location = String.valueOf(error.getInstanceLocation());
		return (location.isEmpty() || location.equals("$")) ? "/" : location;
	}

	/** Line and column of a syntax error, from the parser's location (no content). */
	private static String location(JacksonException ex) {
		if (ex.getLocation() == null) {
			return "?";
		}
		return ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr();
	}

}
