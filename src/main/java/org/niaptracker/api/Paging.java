package org.niaptracker.api;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.api.ApiViews.PageInfo;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the API's lists come in pages: {@code page} from 0 and {@code size} from 1 to
 * {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} by default), asked for as a
 * {@link PageQuery}; anything else is a 400. Each answer says where it stands
 * ({@code page} in the body) and links to its neighbours in a {@code Link} header (RFC
 * 8288, relative to this server: {@code rel="next"}, {@code rel="prev"}).
 */
final class Paging {

	static final int DEFAULT_SIZE = 25;

	static final int MAX_SIZE = 100;

	/**
	 * The last page that can be asked for: its offset ({@code page * size}) and the row
	 * after it stay within a query's {@code int} offset at any size.
	 */
	static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

	private Paging() {
	}

	/** The Link header of a page: its next and previous pages, if any. */
	static HttpHeaders links(HttpServletRequest request, PageInfo page) {
		HttpHeaders headers = new HttpHeaders();
		StringBuilder links = new StringBuilder();
		if (page.hasNext()) {
			links.append(link(request, page.number() + 1, page.size(), "next"));
		}
		if (page.hasPrevious()) {
			if (!links.isEmpty()) {
				links.append(", ");
			}
			links.append(link(request, page.number() - 1, page.size(), "prev"));
		}
		if (!links.isEmpty()) {
			headers.add(HttpHeaders.LINK, links.toString());
		}
		return headers;
	}

	private static String link(HttpServletRequest request, int number, int size, String rel) {
		String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
			.queryParam("page", number)
			.queryParam("size", size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

}
