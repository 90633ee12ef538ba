package org.niaptracker.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.niaptracker.model.KeptInMemory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;

/**
 * Fragments of a page rendered from values alone, kept under those values: a report's
 * annex (cover, Parts A, B and C) is most of its page's rendering, and is the same for
 * every reader who sees the same report in the same language, signed in or not, draft or
 * published. Asked again with equal values, the fragment is taken from memory instead of
 * being rendered.
 * <p>
 * The key is the values themselves, compared by {@code equals}: they must be values
 * (records of strings, numbers, dates and lists of them), never entities, and together
 * they must be everything the fragment prints, apart from the templates and messages
 * (which change only with a new build, that is a restart). A kept fragment is therefore
 * never stale, whatever changed and whoever changed it, and several instances need not
 * share anything. A fragment is rendered outside the request
 * ({@link TemplatesOutsideRequests}): it must not read the request, the session or the
 * user, nor link through {@code @{...}} (it links through
 * {@link org.niaptracker.links.Addresses}, given in its variables, or addresses given in
 * them), and its forms take the CSRF token from
 * {@link #render(String, String, Locale, Map, CsrfToken)}. The fragments take at most
 * {@code niap.kept-fragments.max-size} of memory (16 MB: some 200 SC66 annexes), the
 * least used leaving first.
 */
@Component
public class KeptFragments {

	private final TemplatesOutsideRequests templates;

	private final Cache<Key, List<String>> fragments;

	private final String tokenStandIn = "csrf-" + UUID.randomUUID();

	KeptFragments(TemplatesOutsideRequests templates, @Value("${niap.kept-fragments.max-size:16MB}") DataSize maxSize,
			ObjectProvider<MeterRegistry> meters) {
		this.templates = templates;
		// A kept fragment holds its HTML and, in its key, the text it was rendered from:
		// about twice the HTML's characters.
		this.fragments = KeptInMemory.cache("kept_fragments", maxSize, (parts) -> 2 * length(parts), meters);
	}

	/**
	 * The HTML of {@code template :: fragment} rendered in this language with these
	 * variables (a null value stands for a variable not set), taken from memory when it
	 * was rendered with equal ones before.
	 */
	public String render(String template, String fragment, Locale locale, Map<String, ?> variables) {
		return keep(template, fragment, locale, variables).get(0);
	}

	/**
	 * {@link #render(String, String, Locale, Map)} for a fragment with forms: each form
	 * needs the request's CSRF token, which a kept fragment must not hold. The fragment
	 * gets the token's parameter name as {@code csrfParameter} and, as {@code csrfToken},
	 * a stand-in that nobody can type (random at each start). It is kept cut at the
	 * stand-ins, and joined with the request's token in the HTML given back: a page of
	 * forms costs no search through its HTML.
	 */
	public String render(String template, String fragment, Locale locale, Map<String, ?> variables, CsrfToken csrf) {
		Map<String, Object> withToken = new HashMap<>(variables);
		withToken.put("csrfParameter", csrf.getParameterName());
		withToken.put("csrfToken", this.tokenStandIn);
		return String.join(HtmlUtils.htmlEscape(csrf.getToken()), keep(template, fragment, locale, withToken));
	}

	/**
	 * The fragment's HTML, kept cut at the CSRF token's stand-ins (one part where it has
	 * none).
	 */
	private List<String> keep(String template, String fragment, Locale locale, Map<String, ?> variables) {
		Key key = new Key(template, fragment, locale, Collections.unmodifiableMap(new HashMap<>(variables)));
		return KeptInMemory.get(this.fragments, key,
				(rendered) -> List.of(this.templates.render(template, Set.of(fragment), locale, rendered.variables())
					.split(Pattern.quote(this.tokenStandIn), -1)));
	}

	private static int length(List<String> parts) {
		return parts.stream().mapToInt(String::length).sum();
	}

	private record Key(String template, String fragment, Locale locale, Map<String, Object> variables) {
	}

}
