package org.niaptracker.party;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	Optional<Party> findByCode(String code);

	List<Party> findAllByOrderByNameAsc();

	/** One page of Parties by name, without counting them all. */
	Slice<Party> findSliceByOrderByNameAscCodeAsc(Pageable page);

	/**
	 * Page {@code page} (from 0) of Parties by name, without counting them all; past the
	 * last page (an old link, a typed number), the last page, after counting them.
	 */
	default Slice<Party> pageByName(int page, int size) {
		Slice<Party> slice = findSliceByOrderByNameAscCodeAsc(PageRequest.of(Math.max(page, 0), size));
		if (slice.hasContent() || slice.getNumber() == 0) {
			return slice;
		}
		int last = (int) Math.max(0, (count() - 1) / size);
		return findSliceByOrderByNameAscCodeAsc(PageRequest.of(last, size));
	}

}
