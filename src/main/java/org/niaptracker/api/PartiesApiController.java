package org.niaptracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.niaptracker.api.ApiViews.ActionTimeline;
import org.niaptracker.api.ApiViews.Party;
import org.niaptracker.api.ApiViews.PartyPage;
import org.niaptracker.api.ApiViews.Plan;
import org.niaptracker.api.ApiViews.Revision;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Parties, their plans and revisions, and their actions over time. */
@RestController
@RequestMapping(ApiReader.BASE + "/parties")
class PartiesApiController {

	private final ApiReader reader;

	PartiesApiController(ApiReader reader) {
		this.reader = reader;
	}

	@GetMapping
	@Tag(name = ApiDocumentation.PARTIES)
	@Operation(summary = "List the Parties, by name, a page at a time",
			description = "The Link header points to the next and previous pages.")
	ResponseEntity<PartyPage> parties(@ParameterObject @Valid PageQuery query, HttpServletRequest request) {
		PartyPage parties = this.reader.parties(query.page(), query.size());
		return ResponseEntity.ok().headers(Paging.links(request, parties.page())).body(parties);
	}

	@GetMapping("/{partyCode}")
	@Tag(name = ApiDocumentation.PARTIES)
	@Operation(summary = "A Party's profile and the reports the caller may read",
			description = "Published reports for anyone; drafts and reports under review only for the Party's "
					+ "focal points, the Secretariat and administrators.")
	Party party(@Parameter(example = "KH") @PathVariable String partyCode) {
		return this.reader.party(partyCode);
	}

	@GetMapping("/{partyCode}/plan")
	@Tag(name = ApiDocumentation.PLANS)
	@Operation(summary = "A Party's plan: the revision in force and its revisions",
			description = "A draft revision is listed only for those who may see it.")
	Plan plan(@Parameter(example = "KH") @PathVariable String partyCode) {
		return this.reader.plan(partyCode);
	}

	@GetMapping("/{partyCode}/plan/revisions/{number}")
	@Tag(name = ApiDocumentation.PLANS)
	@Operation(summary = "One revision of a Party's plan, with its pillars and actions",
			description = "A draft revision is a 404 for those who may not see it.")
	Revision revision(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "1") @PathVariable int number) {
		return this.reader.revision(partyCode, number);
	}

	@GetMapping("/{partyCode}/actions/{lineageId}")
	@Tag(name = ApiDocumentation.ACTION_TIMELINES)
	@Operation(summary = "An action over time: its wording in each revision, its rating in each report",
			description = "Only the reports the caller may see; the Secretariat's rating where the caller may see it.")
	ActionTimeline action(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(description = "The action's lineageId, as the plan gives it") @PathVariable long lineageId) {
		return this.reader.action(partyCode, lineageId);
	}

}
