package org.niaptracker.report.lifecycle;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.niaptracker.model.KeptInMemory;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A published report's page as a reader signed out sees it, kept by this instance under
 * the page's validator ({@code report.ReportValidator#ofPublished}: the report's,
 * Party's, meeting's and scale's versions, the language and the build). A page rendered
 * in full for such a reader (one who changes the language, {@code ?lang=fr}, which the
 * kept rendered page does not answer) then reads nothing but that validator's one plain
 * statement, instead of loading the report in a transaction. The validator is read from
 * the database on every request and names everything the page shows a reader signed out
 * (no timeline, moves, checks or forms), so a kept page is never stale and instances need
 * not share anything. Nothing is kept or taken in a transaction that writes
 * ({@link KeptInMemory#mayKeep}). The pages take at most
 * {@code niap.kept-report-pages.max-size} of memory (8 MB), counted as the reports they
 * show, the least used leaving first.
 */
@Component
public class PublicReportPages {

	private final Cache<String, ReportPage> pages;

	PublicReportPages(@Value("${niap.kept-report-pages.max-size:8MB}") DataSize maxSize,
			ObjectProvider<MeterRegistry> meters) {
		this.pages = KeptInMemory.cache("kept_report_pages", maxSize, (page) -> page.report().approximateBytes(),
				meters);
	}

	/**
	 * Forgets the pages kept in this instance's memory. The application never needs to (a
	 * kept page is never stale); the tests' clean-up does, as it deletes reports and
	 * their ids may come again.
	 */
	public void forgetCopiesInMemory() {
		this.pages.invalidateAll();
	}

	/** The page kept under this validator, if any. */
	Optional<ReportPage> find(String etag) {
		if (!KeptInMemory.mayKeep()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.pages.getIfPresent(etag));
	}

	/**
	 * Keeps a page read under this validator, if it is what a reader signed out sees of a
	 * published report.
	 */
	void keep(String etag, ReportPage page) {
		if (KeptInMemory.mayKeep() && CurrentUser.get().isEmpty() && page.report().status() == ReportStatus.PUBLISHED
				&& page.timeline().isEmpty() && page.steps().isEmpty() && !page.canEdit() && page.numbers() == null) {
			this.pages.put(etag, page);
		}
	}

}
