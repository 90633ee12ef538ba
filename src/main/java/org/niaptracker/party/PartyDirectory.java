package org.niaptracker.party;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.party.PartyChange.Field;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Parties in the NIAP process, as administrators add them and the Secretariat keeps
 * their profiles. Every change to a profile is recorded ({@link PartyChange}) in the
 * transaction that makes it.
 */
@Service
@Transactional
public class PartyDirectory {

	private final PartyRepository parties;

	private final PartyChangeRepository changes;

	private final Clock clock;

	PartyDirectory(PartyRepository parties, PartyChangeRepository changes, Clock clock) {
		this.parties = parties;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Party> all() {
		return this.parties.findAllByOrderByNameAsc();
	}

	/**
	 * One page of Parties' profiles, by name: one statement, however many Parties there
	 * are (a slice: no count); past the last page, none (the API's lists).
	 */
	@Transactional(readOnly = true)
	public Slice<PartyProfile> page(int page, int size) {
		return this.parties.findSliceByOrderByNameAscCodeAsc(PageRequest.of(page, size)).map(PartyProfile::of);
	}

	/**
	 * {@link #page}, except that past the last page (an old link) it is the last page, as
	 * a list on a page shows it.
	 */
	@Transactional(readOnly = true)
	public Slice<PartyProfile> pageOrLast(int page, int size) {
		return this.parties.pageByName(page, size).map(PartyProfile::of);
	}

	/** A Party's profile by its ISO code, for the public Party page. */
	@Transactional(readOnly = true)
	public Optional<PartyProfile> profile(String code) {
		return this.parties.findByCode(code).map(PartyProfile::of);
	}

	@Transactional(readOnly = true)
	public ProfileForm form(String code) {
		return ProfileForm.of(find(code));
	}

	/** Changes to a Party's profile, latest first. */
	@Transactional(readOnly = true)
	public List<PartyChange> history(String code) {
		return this.changes.findByPartyIdOrderByChangedAtDescIdDesc(find(code).getId());
	}

	public void add(PartyForm form) {
		if (this.parties.findByCode(form.getCode()).isPresent()) {
			throw new RejectedValueException("code", "admin.party.code.taken");
		}
		String since = decision(form.getCategory(), form.getCategorySince(), "categorySince");
		Party party = new Party(form.getCode(), form.getName());
		party.categorise(form.getCategory(), since);
		try {
			this.parties.saveAndFlush(party);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("code", "admin.party.code.taken");
		}
		record(party, Field.CREATED, null, party.getName(), null);
		if (party.getCategory() != null) {
			record(party, Field.CATEGORY, null, party.getCategory().name(), since);
		}
	}

	/**
	 * Saves a Party's profile and records each field that changed, with the meeting that
	 * decided a new category or process status.
	 */
	public void update(String code, ProfileForm form) {
		Party party = find(code);
		StaleVersionException.check(form.getVersion(), party.getVersion(), "Party " + code);
		String categorySince = decision(form.getCategory(), form.getCategorySince(), "categorySince");
		String statusSince = decision(form.getProcessStatus(), form.getProcessStatusSince(), "processStatusSince");
		String nameFr = nullIfBlank(form.getNameFr());
		String nameEs = nullIfBlank(form.getNameEs());

		record(party, Field.NAME, party.getName(), form.getName(), null);
		record(party, Field.NAME_FR, party.getNameFr(), nameFr, null);
		record(party, Field.NAME_ES, party.getNameEs(), nameEs, null);
		if (party.getCategory() != form.getCategory()) {
			record(party, Field.CATEGORY, name(party.getCategory()), name(form.getCategory()), categorySince);
		}
		else {
			record(party, Field.CATEGORY_SINCE, party.getCategorySince(), categorySince, categorySince);
		}
		if (party.getProcessStatus() != form.getProcessStatus()) {
			record(party, Field.PROCESS_STATUS, name(party.getProcessStatus()), name(form.getProcessStatus()),
					statusSince);
		}
		else {
			record(party, Field.PROCESS_STATUS_SINCE, party.getProcessStatusSince(), statusSince, statusSince);
		}
		party.rename(form.getName(), nameFr, nameEs);
		party.categorise(form.getCategory(), categorySince);
		party.placeInProcess(form.getProcessStatus(), statusSince);
	}

	/**
	 * The meeting that decided a value: required with a value, refused without one (a
	 * meeting cannot decide "none").
	 */
	private static String decision(Enum<?> value, String meeting, String field) {
		String since = nullIfBlank(meeting);
		if (value != null && since == null) {
			throw new RejectedValueException(field, "party.meeting.required");
		}
		if (value == null && since != null) {
			throw new RejectedValueException(field, "party.meeting.withoutValue");
		}
		return since;
	}

	private void record(Party party, Field field, String before, String after, String decidedAt) {
		if (field != Field.CREATED && Objects.equals(before, after)) {
			return;
		}
		Authentication me = SecurityContextHolder.getContext().getAuthentication();
		String who = (me != null) ? me.getName() : "system";
		this.changes.save(new PartyChange(party.getId(), field, before, after, decidedAt, who, this.clock.instant()));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String nullIfBlank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private Party find(String code) {
		return this.parties.findByCode(code).orElseThrow(() -> new NotFoundException("No Party " + code));
	}

}
