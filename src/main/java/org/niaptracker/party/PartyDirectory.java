package org.niaptracker.party;

import java.util.List;

import org.niaptracker.model.RejectedValueException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Parties in the NIAP process, as administrators list and add them. */
@Service
@Transactional
public class PartyDirectory {

	private final PartyRepository parties;

	PartyDirectory(PartyRepository parties) {
		this.parties = parties;
	}

	@Transactional(readOnly = true)
	public List<Party> all() {
		return this.parties.findAllByOrderByNameAsc();
	}

	public void add(PartyForm form) {
		if (this.parties.findByCode(form.getCode()).isPresent()) {
			throw new RejectedValueException("code", "admin.party.code.taken");
		}
		try {
			this.parties.saveAndFlush(new Party(form.getCode(), form.getName()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("code", "admin.party.code.taken");
		}
	}

}
