package org.niaptracker.party;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyChangeRepository extends JpaRepository<PartyChange, Long> {

	List<PartyChange> findByPartyIdOrderByChangedAtDescIdDesc(Long partyId);

}
