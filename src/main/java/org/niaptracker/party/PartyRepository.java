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
	 * last page (an old link, a typed number), the last page, after counting them. A page
	 * whose first row lies beyond what a query can skip (an {@code int}) is past the last
	 * one too.
	 */
	default Slice<Party> pageByName(int page, int size) {
		int asked = Math.max(page, 0);
		if ((long) asked * size <= Integer.MAX_VALUE) {
			Slice<Party> slice = findSliceByOrderByNameAscCodeAsc(PageRequest.of(asked, size));
			if (slice.hasContent() || asked == 0) {
				return slice;
			}
		}
		int last = (int) Math.max(0, (count() - 1) / size);
		return findSliceByOrderByNameAscCodeAsc(PageRequest.of(last, size));
	}

}
