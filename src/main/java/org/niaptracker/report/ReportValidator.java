package org.niaptracker.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.niaptracker.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.stereotype.Component;

/**
 * The validator (ETag) of what a signed-out reader gets for a published report: it
 * changes whenever anything on the page could, that is the report's own version (its
 * content, its publication, the Secretariat's ratings made public), its Party's (names),
 * its meeting's and its rating scale's (labels), the reader's language and the
 * application's build (templates). Two instances of the same build give the same
 * validator, so a cache in front of several instances works.
 */
@Component
public class ReportValidator {

	private final String build;

	ReportValidator(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git) {
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
		if (report.getStatus() != ReportStatus.PUBLISHED || CurrentUser.get().isPresent()) {
			return Optional.empty();
		}
		String state = String.join(":", variant, String.valueOf(report.getId()), String.valueOf(report.getVersion()),
				String.valueOf(report.getParty().getVersion()), String.valueOf(report.getMeeting().getVersion()),
				String.valueOf(report.getMeeting().getRatingScale().getVersion()), locale.toLanguageTag(), this.build);
		// Weak: the same page, whether sent compressed or not (a strong validator would
		// keep Tomcat from compressing it).
		return Optional.of("W/\"" + hash(state) + "\"");
	}

	/**
	 * The validator of a published report's download, from what it prints (the report and
	 * the Secretariat's ratings shown in it) and the build; empty for a report not
	 * published (its file names and content follow its moves).
	 */
	public Optional<String> ofContent(ReportStatus status, String variant, Object... content) {
		if (status != ReportStatus.PUBLISHED) {
			return Optional.empty();
		}
		StringBuilder state = new StringBuilder(variant).append(':').append(this.build);
		for (Object part : content) {
			state.append(':').append(part);
		}
		return Optional.of("W/\"" + hash(state.toString()) + "\"");
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

}
