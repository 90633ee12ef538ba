package org.niaptracker.niap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.PlanViews.ActionChange;
import org.niaptracker.niap.PlanViews.ActionView;
import org.niaptracker.niap.PlanViews.ChangeKind;
import org.niaptracker.niap.PlanViews.PillarChange;
import org.niaptracker.niap.PlanViews.PillarView;
import org.niaptracker.niap.PlanViews.PlanChanges;
import org.niaptracker.niap.PlanViews.PlanPage;
import org.niaptracker.niap.PlanViews.RevisionRow;
import org.niaptracker.niap.PlanViews.RevisionView;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a Party's plan: its revisions, one revision, and what changed between two. Each
 * read runs a fixed number of statements, however large the plan.
 */
@Service
@Transactional(readOnly = true)
public class Plans {

	private final PartyRepository parties;

	private final PlanRevisionRepository revisions;

	private final PillarRepository pillars;

	private final ActionRepository actions;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	Plans(PartyRepository parties, PlanRevisionRepository revisions, PillarRepository pillars, ActionRepository actions,
			PlanAccess access, JdbcClient jdbc) {
		this.parties = parties;
		this.revisions = revisions;
		this.pillars = pillars;
		this.actions = actions;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The Party's plan in force and its revisions (a draft only for those who may see
	 * it).
	 */
	public PlanPage page(String partyCode) {
		Party party = this.parties.findByCode(partyCode)
			.orElseThrow(() -> new NotFoundException("No Party " + partyCode));
		List<PlanRevision> all = this.revisions.findByPartyIdOrderByNumberDesc(party.getId());
		PlanRevision inForce = all.stream().filter((revision) -> !revision.isDraft()).findFirst().orElse(null);
		List<RevisionRow> rows = all.stream()
			.filter(this.access::canRead)
			.map((revision) -> RevisionRow.of(revision, revision == inForce))
			.toList();
		RevisionView view = (inForce != null) ? view(party, inForce, all) : null;
		return new PlanPage(party.getCode(), party.getName(), rows, view, this.access.canDraft(party.getCode()));
	}

	/** One revision with its pillars and actions. */
	public RevisionView revision(String partyCode, int number) {
		PlanRevision revision = find(partyCode, number);
		List<PlanRevision> all = this.revisions.findByPartyIdOrderByNumberDesc(revision.getParty().getId());
		return view(revision.getParty(), revision, all);
	}

	/** The draft, with the values its adoption form starts from. */
	public AdoptionForm adoptionForm(String partyCode, int number) {
		return AdoptionForm.of(find(partyCode, number));
	}

	/**
	 * What changed from revision {@code from} (by default the one before) to revision
	 * {@code to}: pillars added, removed or renamed; actions added, retired (or merged),
	 * renumbered, reworded, moved. Actions are followed by their identity, not their
	 * number.
	 */
	public PlanChanges changes(String partyCode, Integer from, int to) {
		PlanRevision after = find(partyCode, to);
		List<PlanRevision> all = this.revisions.findByPartyIdOrderByNumberDesc(after.getParty().getId());
		// By default, the revision before (the reader may see); the first is compared
		// with itself.
		PlanRevision before = (from != null) ? find(partyCode, from) : previous(all, after).orElse(after);
		PlanRevision inForce = all.stream().filter((revision) -> !revision.isDraft()).findFirst().orElse(null);
		Map<Long, ActionView> old = byLineage(before);
		Map<Long, ActionView> now = byLineage(after);
		Map<Long, String> mergedInto = mergesInto(after, now);
		List<ActionChange> changes = new ArrayList<>();
		for (ActionView action : now.values()) {
			ActionView was = old.get(action.lineageId());
			if (was == null) {
				changes.add(new ActionChange(ChangeKind.ADDED, null, action, null));
			}
			else if (!was.number().equals(action.number()) || !was.title().equals(action.title())
					|| was.pillarNumber() != action.pillarNumber() || was.marked() != action.marked()) {
				changes.add(new ActionChange(ChangeKind.CHANGED, was, action, null));
			}
		}
		for (ActionView action : old.values()) {
			if (!now.containsKey(action.lineageId())) {
				changes.add(new ActionChange(ChangeKind.RETIRED, action, null, mergedInto.get(action.lineageId())));
			}
		}
		Map<Integer, String> oldPillars = pillarNames(before);
		Map<Integer, String> newPillars = pillarNames(after);
		List<PillarChange> pillarChanges = new ArrayList<>();
		newPillars.forEach((number, name) -> {
			String was = oldPillars.get(number);
			if (was == null) {
				pillarChanges.add(new PillarChange(ChangeKind.ADDED, number, null, name));
			}
			else if (!was.equals(name)) {
				pillarChanges.add(new PillarChange(ChangeKind.CHANGED, number, was, name));
			}
		});
		oldPillars.forEach((number, name) -> {
			if (!newPillars.containsKey(number)) {
				pillarChanges.add(new PillarChange(ChangeKind.RETIRED, number, name, null));
			}
		});
		return new PlanChanges(before.getParty().getCode(), before.getParty().getName(),
				RevisionRow.of(before, before == inForce), RevisionRow.of(after, after == inForce), pillarChanges,
				changes,
				all.stream()
					.filter(this.access::canRead)
					.map((revision) -> RevisionRow.of(revision, revision == inForce))
					.toList());
	}

	private PlanRevision find(String partyCode, int number) {
		PlanRevision revision = this.revisions.findByPartyCodeAndNumber(partyCode, number)
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of the plan of " + partyCode));
		this.access.checkRead(revision);
		return revision;
	}

	/** A revision; {@code all} are the Party's revisions, newest first. */
	private RevisionView view(Party party, PlanRevision revision, List<PlanRevision> all) {
		Map<Long, List<ActionView>> byPillar = new LinkedHashMap<>();
		for (Action action : this.actions.findByRevision(revision.getId())) {
			byPillar.computeIfAbsent(action.getPillar().getId(), (id) -> new ArrayList<>()).add(ActionView.of(action));
		}
		List<PillarView> pillarViews = this.pillars.findByPlanRevisionIdOrderByNumber(revision.getId())
			.stream()
			.map((pillar) -> new PillarView(pillar.getId(), pillar.getNumber(), pillar.getName(), pillar.getVersion(),
					byPillar.getOrDefault(pillar.getId(), List.of())))
			.toList();
		boolean inForce = all.stream().filter((candidate) -> !candidate.isDraft()).findFirst().orElse(null) == revision;
		Optional<PlanRevision> previous = previous(all, revision);
		return new RevisionView(party.getCode(), party.getName(), RevisionRow.of(revision, inForce),
				revision.getVersion(), pillarViews, previous.map(PlanRevision::getNumber).orElse(null),
				revision.isDraft() && this.access.canDraft(party.getCode()));
	}

	/** The revision before this one that the reader may see. */
	private Optional<PlanRevision> previous(List<PlanRevision> all, PlanRevision revision) {
		return all.stream()
			.filter((candidate) -> candidate.getNumber() < revision.getNumber() && this.access.canRead(candidate))
			.findFirst();
	}

	private Map<Long, ActionView> byLineage(PlanRevision revision) {
		return this.actions.findByRevision(revision.getId())
			.stream()
			.map(ActionView::of)
			.collect(Collectors.toMap(ActionView::lineageId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private Map<Integer, String> pillarNames(PlanRevision revision) {
		Map<Integer, String> names = new LinkedHashMap<>();
		this.pillars.findByPlanRevisionIdOrderByNumber(revision.getId())
			.forEach((pillar) -> names.put(pillar.getNumber(), pillar.getName()));
		return names;
	}

	/**
	 * For each action retired in the revision, the number of the action it merged into.
	 */
	private Map<Long, String> mergesInto(PlanRevision revision, Map<Long, ActionView> actions) {
		Map<Long, String> merges = new LinkedHashMap<>();
		this.jdbc.sql("select lineage_id, into_lineage_id from action_merge where plan_revision_id = ?")
			.param(revision.getId())
			.query((row, number) -> Map.entry(row.getLong(1), row.getLong(2)))
			.list()
			.forEach((merge) -> {
				ActionView into = actions.get(merge.getValue());
				if (into != null) {
					merges.put(merge.getKey(), into.number());
				}
			});
		return merges;
	}

}
