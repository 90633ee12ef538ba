package org.niaptracker.party;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	Optional<Party> findByCode(String code);

	List<Party> findAllByOrderByNameAsc();

	/** One page of Parties by name, without counting them all. */
	Slice<Party> findSliceByOrderByNameAscCodeAsc(Pageable page);

}
