package org.niaptracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.niaptracker.party.PartyCategory;
import org.niaptracker.party.ProcessStatus;

/**
 * What the dashboard shows, from its GET parameters (so that every view has a permanent
 * link): a category, a process status, a meeting, a sort and a page. A value that is not
 * known is ignored and named in {@link #ignored()}, never an error.
 *
 * @param category null for every category
 * @param status null for every process status
 * @param meetingNumber null for each Party's latest report; otherwise the report to that
 * meeting
 * @param sort how the Parties are ordered
 * @param page from 1
 * @param ignored the parameters ignored, as (parameter name, value given)
 */
public record DashboardFilter(PartyCategory category, ProcessStatus status, Integer meetingNumber, Sort sort, int page,
		List<Ignored> ignored) {

	/** Parties per page. */
	public static final int PAGE_SIZE = 20;

	private static final Pattern MEETING = Pattern.compile("SC([1-9][0-9]{0,3})");

	private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,6}");

	/** Orders of the Parties; the first is the default. */
	public enum Sort {

		NAME, CATEGORY, STATUS, REPORT, ACHIEVED;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A parameter ignored because its value is not known. */
	public record Ignored(String parameter, String value) {
	}

	public static DashboardFilter of(Map<String, String> params) {
		List<Ignored> ignored = new ArrayList<>();
		PartyCategory category = parse(params, "category", PartyCategory.class, ignored);
		ProcessStatus status = parse(params, "status", ProcessStatus.class, ignored);
		Sort sort = parse(params, "sort", Sort.class, ignored);
		Integer meeting = null;
		String meetingValue = value(params, "meeting");
		if (meetingValue != null) {
			var matcher = MEETING.matcher(meetingValue.toUpperCase(Locale.ROOT));
			if (matcher.matches()) {
				meeting = Integer.valueOf(matcher.group(1));
			}
			else {
				ignored.add(new Ignored("meeting", meetingValue));
			}
		}
		int page = 1;
		String pageValue = value(params, "page");
		if (pageValue != null) {
			if (PAGE.matcher(pageValue).matches()) {
				page = Integer.parseInt(pageValue);
			}
			else {
				ignored.add(new Ignored("page", pageValue));
			}
		}
		return new DashboardFilter(category, status, meeting, (sort != null) ? sort : Sort.NAME, page,
				List.copyOf(ignored));
	}

	private static String value(Map<String, String> params, String name) {
		String value = params.get(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Map<String, String> params, String name, Class<E> type,
			List<Ignored> ignored) {
		String value = value(params, name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		ignored.add(new Ignored(name, (value.length() > 40) ? value.substring(0, 40) + "…" : value));
		return null;
	}

	/** The meeting's code ("SC70"), or null. */
	public String meetingCode() {
		return (this.meetingNumber != null) ? "SC" + this.meetingNumber : null;
	}

	/** The same filter on another page. */
	public DashboardFilter onPage(int other) {
		return new DashboardFilter(this.category, this.status, this.meetingNumber, this.sort, other, this.ignored);
	}

	/** The same filter, sorted otherwise, from its first page. */
	public DashboardFilter sortedBy(Sort other) {
		return new DashboardFilter(this.category, this.status, this.meetingNumber, other, 1, this.ignored);
	}

	/**
	 * The permanent link of this view: only the parameters that differ from the default,
	 * all of them known values (nothing a reader typed is echoed).
	 */
	public String link() {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		if (this.category != null) {
			query.add("category=" + this.category.name());
		}
		if (this.status != null) {
			query.add("status=" + this.status.name());
		}
		if (this.meetingNumber != null) {
			query.add("meeting=" + meetingCode());
		}
		if (this.sort != Sort.NAME) {
			query.add("sort=" + this.sort.param());
		}
		if (this.page != 1) {
			query.add("page=" + this.page);
		}
		return "/dashboard" + query;
	}

}
