package org.niaptracker.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.niaptracker.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The validator (ETag) of what a reader gets for a published report, its page (signed
 * out) or its downloads: it changes whenever anything on the page or in the file could,
 * that is the report's own version (its content, its publication, the Secretariat's
 * ratings, raised when they change on a published report, and their publication), its
 * Party's (names), its meeting's and its rating scale's (labels), the language and the
 * application's build (templates, messages). The plan's pillars and actions a published
 * report prints need no version: they belong to an adopted revision of the plan, which
 * PostgreSQL keeps read-only. Two instances of the same build give the same validator, so
 * a cache in front of several instances works.
 */
@Component
public class ReportValidator {

	/**
	 * A published report named by its address, as its validators need it; the public's
	 * statement, the hottest of all (every 304 and kept page), stays as plain as it can.
	 */
	private static final String PUBLISHED_ROW = publishedRow("");

	/**
	 * Whether the Secretariat has rated any of a report's actions (the report's id in
	 * place of {@code %s}).
	 */
	private static final String RATED = """
			exists (select 1 from secretariat_assessment a join evaluation e on e.id = a.evaluation_id
			        where e.reporting_period_id = %s)""";

	/** The published row, and whether the Secretariat has rated any of its actions. */
	private static final String PUBLISHED_ROW_AND_RATED = publishedRow(", " + RATED.formatted("r.id"));

	private final String build;

	private final JdbcClient jdbc;

	private final ReportAccess access;

	ReportValidator(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git, JdbcClient jdbc,
			ReportAccess access) {
		this.jdbc = jdbc;
		this.access = access;
		BuildProperties properties = build.getIfAvailable();
		GitProperties commit = git.getIfAvailable();
		this.build = ((properties != null) ? properties.getVersion() + "@" + properties.getTime() : "dev") + "/"
				+ ((commit != null) ? commit.getShortCommitId() : "");
	}

	/**
	 * The validator of the report as the current reader sees it, for a published report
	 * read signed out; empty otherwise (pages for signed-in readers carry their name and
	 * notices, and drafts change while they are read).
	 */
	public Optional<String> of(ReportingPeriod report, String variant, Locale locale) {
		if (CurrentUser.get().isPresent()) {
			return Optional.empty();
		}
		return ofPage(report, variant, locale);
	}

	/**
	 * A published report's download, whoever reads it (a file carries no name and no
	 * notice): its validator, from the same versions as the page's, the kind of file,
	 * whether the file shows the reader the Secretariat's ratings (the only way two
	 * readers' files differ), the file's language and the build; and what its file name
	 * is made of. Computed from the report as {@link ReportReader#findReadable} loads it,
	 * without reading what the file prints: the versions change with everything it
	 * prints. Empty for a report not published (its file name and content follow its
	 * moves).
	 * <p>
	 * A {@code keptFile} (the annex's PDF and Word files, kept and shared by every reader
	 * who gets the same) is the public's for the Secretariat too while it has rated none
	 * of the report's actions; other files are the Secretariat's own as soon as it may
	 * see unpublished ratings. Whether it has rated any costs one statement, for the
	 * Secretariat only, unless {@code readBefore} (the same file's
	 * {@link #ofPublishedDownload} in the same request) already said it of the same
	 * versions.
	 */
	public Optional<PublishedFile> ofDownload(ReportingPeriod report, String kind, boolean keptFile, Locale language,
			Optional<PublishedFile> readBefore) {
		if (report.getStatus() != ReportStatus.PUBLISHED) {
			return Optional.empty();
		}
		Versions versions = versions(report);
		Boolean rated = readBefore.filter(
				(before) -> before.etag().equals(of(versions, variant(kind, before.secretariatRatings()), language)))
			.map(PublishedFile::secretariatRatings)
			.orElse(null);
		return Optional.of(publishedFile(new PublishedRow(versions, report.isAssessmentPublished(), rated,
				ReportView.stamp(report.getDocumentRef(), report.getAnnexRef()), report.getMeeting().getCode(),
				report.getParty().getName()), kind, keptFile, language));
	}

	/**
	 * {@link #ofDownload} for a report named by its address, from one plain statement,
	 * for any reader (a published report is open to all): no transaction and no entity,
	 * so that a reader whose copy is current (a 304), or who is sent a kept file, costs
	 * little more than a static file. Empty for a report that is not published or does
	 * not exist (the caller then reads it the usual way, which answers those cases).
	 */
	public Optional<PublishedFile> ofPublishedDownload(String partyCode, String meetingCode, String kind,
			boolean keptFile, Locale language) {
		boolean askRated = keptFile && this.access.canSeeAssessment(ReportStatus.PUBLISHED, false);
		return published(partyCode, meetingCode, askRated).map((row) -> publishedFile(row, kind, keptFile, language));
	}

	/**
	 * The file as the reader gets it. It shows the Secretariat's ratings to everyone once
	 * they are published, and before that to the Secretariat only; a kept file, only if
	 * there is any. Whether there is any comes with the report's row, or else (from the
	 * entity, before a kept file is rendered) costs one statement more, for the
	 * Secretariat only.
	 */
	private PublishedFile publishedFile(PublishedRow row, String kind, boolean keptFile, Locale language) {
		boolean secretariatRatings = this.access.canSeeAssessment(ReportStatus.PUBLISHED, row.assessmentPublished())
				&& (row.assessmentPublished() || !keptFile
						|| ((row.rated() != null) ? row.rated() : rated(row.versions().report())));
		return new PublishedFile(row.versions().report(),
				of(row.versions(), variant(kind, secretariatRatings), language), secretariatRatings, row.stamp(),
				row.meetingCode(), row.partyName());
	}

	private boolean rated(long reportId) {
		return this.jdbc.sql("select " + RATED.formatted("?")).param(reportId).query(Boolean.class).single();
	}

	private static String variant(String kind, boolean secretariatRatings) {
		return "download:" + kind + (secretariatRatings ? ":secretariat-ratings" : "");
	}

	private Optional<String> ofPage(ReportingPeriod report, String variant, Locale locale) {
		if (report.getStatus() != ReportStatus.PUBLISHED) {
			return Optional.empty();
		}
		return Optional.of(of(versions(report), variant, locale));
	}

	private static Versions versions(ReportingPeriod report) {
		return Versions.of(report);
	}

	/**
	 * {@link #of(ReportingPeriod, String, Locale)} for a report named by its address,
	 * from one plain statement that reads only the four versions: no transaction and no
	 * entity, so that a reader whose copy is current (a 304), or who is sent a kept page,
	 * costs little more than a static file. Empty, as there, for a reader signed in, and
	 * for a report that is not published or does not exist (the caller then reads it the
	 * usual way, which answers those cases).
	 */
	public Optional<String> ofPublished(String partyCode, String meetingCode, String variant, Locale locale) {
		if (CurrentUser.get().isPresent()) {
			return Optional.empty();
		}
		return published(partyCode, meetingCode, false).map((row) -> of(row.versions(), variant, locale));
	}

	/**
	 * A published report named by its address, as the validators of its page and its
	 * downloads need it: one plain statement, no transaction, no entity. With
	 * {@code askRated}, it also tells whether the Secretariat has rated any of its
	 * actions.
	 */
	private Optional<PublishedRow> published(String partyCode, String meetingCode, boolean askRated) {
		return this.jdbc.sql(askRated ? PUBLISHED_ROW_AND_RATED : PUBLISHED_ROW)
			.params(partyCode, meetingCode)
			.query((rows, n) -> new PublishedRow(
					new Versions(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)),
					rows.getBoolean(6), askRated ? rows.getBoolean(11) : null,
					ReportView.stamp(rows.getString(7), rows.getString(8)), rows.getString(9), rows.getString(10)))
			.optional();
	}

	private static String publishedRow(String moreColumns) {
		return """
				select r.id, r.version, p.version, m.version, s.version,
				       r.assessment_published, r.document_ref, r.annex_ref, m.code, p.name%s
				from reporting_period r
				join party p on p.id = r.party_id
				join meeting m on m.id = r.meeting_id
				join rating_scale s on s.id = m.rating_scale_id
				where p.code = ? and m.code = ? and r.status = 'PUBLISHED'""".formatted(moreColumns);
	}

	/**
	 * The validator of a page made of the content alone (the list of Parties), read
	 * signed out: from the content's generation, read before the content
	 * ({@link org.niaptracker.model.ContentGeneration}), the page's name and number, the
	 * language and the build. Empty for a reader signed in, whose pages carry their name
	 * and notices.
	 */
	private Optional<String> ofContent(String variant, long generation, Locale locale) {
		if (CurrentUser.get().isPresent()) {
			return Optional.empty();
		}
		return Optional.of(etag(String.join(":", variant, "generation", String.valueOf(generation),
				locale.toLanguageTag(), this.build)));
	}

	/**
	 * Whether such a page is answered from its validator at this generation, by
	 * {@code answered} (a 304, or a kept copy: {@code web.KeptPages#isKept}); never for a
	 * reader signed in.
	 */
	public LongPredicate answersContent(String variant, Locale locale, Predicate<String> answered) {
		return (generation) -> ofContent(variant, generation, locale).map(answered::test).orElse(false);
	}

	private String of(Versions versions, String variant, Locale locale) {
		return etag(
				String.join(":", variant, String.valueOf(versions.report()), String.valueOf(versions.reportVersion()),
						String.valueOf(versions.party()), String.valueOf(versions.meeting()),
						String.valueOf(versions.scale()), locale.toLanguageTag(), this.build));
	}

	private static String etag(String state) {
		// Weak: the same page or file, whether sent compressed or not (a strong validator
		// would keep Tomcat from compressing it).
		return "W/\"" + hash(state) + "\"";
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * What the validator of a report's page is made of, besides the variant and language:
	 * for a published report, everything that it prints can change only with one of these
	 * versions.
	 */
	record Versions(long report, long reportVersion, long party, long meeting, long scale) {

		static Versions of(ReportingPeriod report) {
			return new Versions(report.getId(), report.getVersion(), report.getParty().getVersion(),
					report.getMeeting().getVersion(), report.getMeeting().getRatingScale().getVersion());
		}

	}

	/**
	 * A published report as the validators of its downloads need it; {@code rated}:
	 * whether the Secretariat has rated any of its actions, null when not read.
	 */
	private record PublishedRow(Versions versions, boolean assessmentPublished, Boolean rated, String stamp,
			String meetingCode, String partyName) {
	}

	/**
	 * A published report's file for the current reader: the report, the file's validator,
	 * whether it shows the Secretariat's ratings, and what its name is made of (the
	 * meeting document and annex, the meeting and the Party).
	 */
	public record PublishedFile(long reportId, String etag, boolean secretariatRatings, String stamp,
			String meetingCode, String partyName) {
	}

}
