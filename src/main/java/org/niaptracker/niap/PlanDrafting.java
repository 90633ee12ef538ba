package org.niaptracker.niap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.RuleViolationException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and adopting revisions of a Party's plan. A draft starts as a copy of the plan
 * in force (same pillars; same actions, keeping their identity); each change to it raises
 * the draft's version, so that nobody adopts a draft that changed under their eyes.
 * Adopting it puts it in force and moves the Party's open report onto it.
 */
@Service
@Transactional
public class PlanDrafting {

	/** Action numbers in natural order: 1.2 before 1.10. */
	static final Comparator<String> NUMBER_ORDER = PlanDrafting::compareNumbers;

	private final PartyRepository parties;

	private final PlanRevisionRepository revisions;

	private final PillarRepository pillars;

	private final ActionRepository actions;

	private final ActionLineageRepository lineages;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PlanDrafting(PartyRepository parties, PlanRevisionRepository revisions, PillarRepository pillars,
			ActionRepository actions, ActionLineageRepository lineages, PlanAccess access, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.parties = parties;
		this.revisions = revisions;
		this.pillars = pillars;
		this.actions = actions;
		this.lineages = lineages;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Starts the Party's next revision from the plan in force, or returns the draft
	 * already under way. Returns the draft's number.
	 */
	public int startRevision(String partyCode) {
		this.access.checkDraft(partyCode);
		Party party = this.parties.findByCode(partyCode)
			.orElseThrow(() -> new NotFoundException("No Party " + partyCode));
		List<PlanRevision> all = this.revisions.findByPartyIdOrderByNumberDesc(party.getId());
		Optional<PlanRevision> draft = all.stream().filter(PlanRevision::isDraft).findFirst();
		if (draft.isPresent()) {
			return draft.get().getNumber();
		}
		int number = all.isEmpty() ? 1 : all.get(0).getNumber() + 1;
		PlanRevision revision = new PlanRevision(party, number, userName(), Instant.now());
		try {
			this.revisions.saveAndFlush(revision);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else started the draft at the same moment: theirs is the draft.
			throw new RuleViolationException("plan.revision.startedElsewhere", "Draft of " + partyCode + " exists");
		}
		if (!all.isEmpty()) {
			Map<Long, Pillar> copies = new HashMap<>();
			for (Pillar pillar : this.pillars.findByPlanRevisionIdOrderByNumber(all.get(0).getId())) {
				copies.put(pillar.getId(), this.pillars.save(pillar.copyInto(revision)));
			}
			for (Action action : this.actions.findByRevision(all.get(0).getId())) {
				this.actions.save(action.copyInto(copies.get(action.getPillar().getId())));
			}
		}
		return number;
	}

	public void addPillar(String partyCode, int revisionNumber, PillarForm form) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		requireFreePillarNumber(draft, form.getNumber(), null);
		this.pillars.save(new Pillar(draft, form.getNumber(), form.getName()));
	}

	public void changePillar(String partyCode, int revisionNumber, long pillarId, PillarForm form) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		Pillar pillar = pillarOf(draft, pillarId);
		StaleVersionException.check(form.getVersion(), pillar.getVersion(), "Pillar " + pillarId);
		requireFreePillarNumber(draft, form.getNumber(), pillar);
		pillar.change(form.getNumber(), form.getName());
	}

	/** Removes a pillar without actions; one with actions is refused. */
	public void deletePillar(String partyCode, int revisionNumber, long pillarId, Integer version) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		Pillar pillar = pillarOf(draft, pillarId);
		StaleVersionException.check(version, pillar.getVersion(), "Pillar " + pillarId);
		if (this.actions.findByRevision(draft.getId())
			.stream()
			.anyMatch((action) -> action.getPillar().getId().equals(pillarId))) {
			throw new RejectedValueException("number", "plan.pillar.hasActions");
		}
		this.pillars.delete(pillar);
	}

	public void addAction(String partyCode, int revisionNumber, ActionForm form) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		List<Action> all = this.actions.findByRevision(draft.getId());
		Pillar pillar = pillarNumbered(draft, form.getPillarNumber());
		requireFreeActionNumber(all, form.getNumber(), null);
		ActionLineage lineage = this.lineages.save(new ActionLineage(draft.getParty()));
		Action action = new Action(pillar, lineage.getId(), form.getNumber(), Integer.MAX_VALUE, form.getTitle(),
				form.isMarked());
		all.add(action);
		this.actions.save(action);
		renumberPositions(all, pillar);
	}

	public void changeAction(String partyCode, int revisionNumber, long actionId, ActionForm form) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		List<Action> all = this.actions.findByRevision(draft.getId());
		Action action = all.stream()
			.filter((candidate) -> candidate.getId().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No action " + actionId + " in this draft"));
		StaleVersionException.check(form.getVersion(), action.getVersion(), "Action " + actionId);
		Pillar pillar = pillarNumbered(draft, form.getPillarNumber());
		requireFreeActionNumber(all, form.getNumber(), action);
		Pillar before = action.getPillar();
		action.change(pillar, form.getNumber(), action.getPosition(), form.getTitle(), form.isMarked());
		renumberPositions(all, pillar);
		if (!before.getId().equals(pillar.getId())) {
			renumberPositions(all, before);
		}
	}

	/**
	 * Takes an action out of the draft. If it was in the plan before, the draft may say
	 * which of its actions it was merged into.
	 */
	public void retireAction(String partyCode, int revisionNumber, long actionId, RetirementForm form) {
		PlanRevision draft = draftForChange(partyCode, revisionNumber);
		List<Action> all = this.actions.findByRevision(draft.getId());
		Action action = all.stream()
			.filter((candidate) -> candidate.getId().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No action " + actionId + " in this draft"));
		StaleVersionException.check(form.getVersion(), action.getVersion(), "Action " + actionId);
		String into = (form.getMergedInto() != null) ? form.getMergedInto().trim() : "";
		if (!into.isEmpty()) {
			Action target = all.stream()
				.filter((candidate) -> candidate.getNumber().equals(into) && candidate != action)
				.findFirst()
				.orElseThrow(() -> new RejectedValueException("mergedInto", "plan.action.mergedInto.unknown"));
			this.jdbc
				.sql("""
						insert into action_merge (plan_revision_id, lineage_id, into_lineage_id) values (?, ?, ?)
						on conflict (plan_revision_id, lineage_id) do update set into_lineage_id = excluded.into_lineage_id""")
				.params(draft.getId(), action.getLineageId(), target.getLineageId())
				.update();
		}
		all.remove(action);
		this.actions.delete(action);
		this.actions.flush();
		renumberPositions(all, action.getPillar());
	}

	/**
	 * Puts the draft in force on the day given. Refused for an empty plan, a pillar
	 * without actions, or a day before the revision in force or still to come.
	 */
	public void adopt(String partyCode, int revisionNumber, AdoptionForm form) {
		PlanRevision draft = draftFor(partyCode, revisionNumber);
		StaleVersionException.check(form.getVersion(), draft.getVersion(), "Plan revision " + draft.getId());
		List<Action> all = this.actions.findByRevision(draft.getId());
		if (all.isEmpty()) {
			throw new RejectedValueException(null, "plan.adopt.empty");
		}
		for (Pillar pillar : this.pillars.findByPlanRevisionIdOrderByNumber(draft.getId())) {
			if (all.stream().noneMatch((action) -> action.getPillar().getId().equals(pillar.getId()))) {
				throw new RejectedValueException(null, "plan.adopt.emptyPillar");
			}
		}
		if (form.getAdoptedOn().isAfter(LocalDate.now())) {
			throw new RejectedValueException("adoptedOn", "plan.adopt.date.future");
		}
		Optional<PlanRevision> inForce = this.revisions.findInForce(draft.getParty().getId());
		if (inForce.isPresent() && form.getAdoptedOn().isBefore(inForce.get().getAdoptedOn())) {
			throw new RejectedValueException("adoptedOn", "plan.adopt.date.beforePrevious");
		}
		draft.describe(form.getNote());
		draft.adopt(form.getAdoptedOn(), userName(), Instant.now());
		this.revisions.flush();
		this.events.publishEvent(new PlanAdopted(draft.getParty().getId(), draft.getId(), draft.getNumber()));
	}

	/** Throws the draft away, with its pillars and actions. */
	public void discard(String partyCode, int revisionNumber, Integer version) {
		PlanRevision draft = draftFor(partyCode, revisionNumber);
		StaleVersionException.check(version, draft.getVersion(), "Plan revision " + draft.getId());
		this.revisions.delete(draft);
	}

	/**
	 * The draft, its version raised: every change to a draft is a change of the draft.
	 */
	private PlanRevision draftForChange(String partyCode, int revisionNumber) {
		PlanRevision draft = draftFor(partyCode, revisionNumber);
		draft.touch();
		return draft;
	}

	private PlanRevision draftFor(String partyCode, int revisionNumber) {
		PlanRevision revision = this.revisions.findByPartyCodeAndNumber(partyCode, revisionNumber)
			.orElseThrow(() -> new NotFoundException("No revision " + revisionNumber + " of " + partyCode));
		this.access.checkRead(revision);
		this.access.checkDraft(partyCode);
		revision.requireDraft();
		return revision;
	}

	private Pillar pillarOf(PlanRevision draft, long pillarId) {
		return this.pillars.findById(pillarId)
			.filter((pillar) -> pillar.getPlanRevision().getId().equals(draft.getId()))
			.orElseThrow(() -> new NotFoundException("No pillar " + pillarId + " in this draft"));
	}

	private Pillar pillarNumbered(PlanRevision draft, Integer number) {
		return this.pillars.findByPlanRevisionIdOrderByNumber(draft.getId())
			.stream()
			.filter((pillar) -> Objects.equals(pillar.getNumber(), number))
			.findFirst()
			.orElseThrow(() -> new RejectedValueException("pillarNumber", "plan.action.pillar.unknown"));
	}

	private void requireFreePillarNumber(PlanRevision draft, int number, Pillar self) {
		boolean taken = this.pillars.findByPlanRevisionIdOrderByNumber(draft.getId())
			.stream()
			.anyMatch((pillar) -> pillar.getNumber() == number && pillar != self);
		if (taken) {
			throw new RejectedValueException("number", "plan.pillar.number.taken");
		}
	}

	private static void requireFreeActionNumber(List<Action> all, String number, Action self) {
		if (all.stream().anyMatch((action) -> action.getNumber().equals(number) && action != self)) {
			throw new RejectedValueException("number", "plan.action.number.taken");
		}
	}

	/** Orders a pillar's actions by number, so that Parts B and C list them in order. */
	private static void renumberPositions(List<Action> all, Pillar pillar) {
		List<Action> inPillar = new ArrayList<>(all.stream()
			.filter((action) -> action.getPillar().getId() == null || action.getPillar() == pillar
					|| action.getPillar().getId().equals(pillar.getId()))
			.toList());
		inPillar.sort(Comparator.comparing(Action::getNumber, NUMBER_ORDER));
		for (int i = 0; i < inPillar.size(); i++) {
			Action action = inPillar.get(i);
			if (action.getPosition() != i + 1) {
				action.change(action.getPillar(), action.getNumber(), i + 1, action.getTitle(), action.isMarked());
			}
		}
	}

	static int compareNumbers(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = compareParts(left[i], right[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	private static int compareParts(String a, String b) {
		String digitsA = a.replaceAll("\\D+$", "");
		String digitsB = b.replaceAll("\\D+$", "");
		if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.length() < 10 && digitsB.length() < 10) {
			int order = Integer.compare(Integer.parseInt(digitsA), Integer.parseInt(digitsB));
			if (order != 0) {
				return order;
			}
		}
		return a.compareTo(b);
	}

	private static String userName() {
		NiapUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		return user.getUsername();
	}

}
