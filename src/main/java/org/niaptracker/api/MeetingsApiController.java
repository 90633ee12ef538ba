package org.niaptracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.niaptracker.api.ApiViews.MeetingDetail;
import org.niaptracker.api.ApiViews.MeetingPage;
import org.niaptracker.api.ApiViews.Overview;
import org.niaptracker.api.ApiViews.RatingScale;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Meetings, their rating scales and their public overviews. */
@RestController
class MeetingsApiController {

	private final ApiReader reader;

	MeetingsApiController(ApiReader reader) {
		this.reader = reader;
	}

	@GetMapping(ApiReader.BASE + "/meetings")
	@Tag(name = ApiDocumentation.MEETINGS)
	@Operation(summary = "List the meetings, oldest first, a page at a time",
			description = "The Link header points to the next and previous pages.")
	ResponseEntity<MeetingPage> meetings(@ParameterObject @Valid PageQuery query, HttpServletRequest request) {
		MeetingPage meetings = this.reader.meetings(query.page(), query.size());
		return ResponseEntity.ok().headers(Paging.links(request, meetings.page())).body(meetings);
	}

	@GetMapping(ApiReader.BASE + "/meetings/{meetingCode}")
	@Tag(name = ApiDocumentation.MEETINGS)
	@Operation(summary = "A meeting with the ratings of its scale")
	MeetingDetail meeting(@Parameter(example = "SC66") @PathVariable String meetingCode) {
		return this.reader.meeting(meetingCode);
	}

	@GetMapping(ApiReader.BASE + "/meetings/{meetingCode}/overview")
	@Tag(name = ApiDocumentation.OVERVIEWS)
	@Operation(summary = "A meeting's public overview: each published report's share of actions per rating",
			description = "Published reports only, and the Secretariat's figures only where it published them. "
					+ "A meeting with nothing published has no rows. The Parties come a page at a time, by name; "
					+ "the Link header points to the next and previous pages.")
	ResponseEntity<Overview> overview(@Parameter(example = "SC66") @PathVariable String meetingCode,
			@ParameterObject @Valid PageQuery query, HttpServletRequest request) {
		Overview overview = this.reader.overview(meetingCode, query.page(), query.size());
		return ResponseEntity.ok().headers(Paging.links(request, overview.page())).body(overview);
	}

	@GetMapping(ApiReader.BASE + "/rating-scales")
	@Tag(name = ApiDocumentation.RATING_SCALES)
	@Operation(summary = "Every rating scale, by code, with its ratings and the meetings that use it",
			description = "Not paged: there is one scale per template of the Secretariat, a handful in all.")
	List<RatingScale> scales() {
		return this.reader.scales();
	}

	@GetMapping(ApiReader.BASE + "/rating-scales/{scaleCode}")
	@Tag(name = ApiDocumentation.RATING_SCALES)
	@Operation(summary = "A rating scale with its ratings, in their Part B order, and labels")
	RatingScale scale(@Parameter(example = "SC65") @PathVariable String scaleCode) {
		return this.reader.scale(scaleCode);
	}

}
