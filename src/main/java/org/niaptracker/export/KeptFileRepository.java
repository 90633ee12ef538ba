package org.niaptracker.export;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The kept files of published reports: found by their key, stored in one statement. */
interface KeptFileRepository extends Repository<KeptFile, Long> {

	/**
	 * The file kept under this key, if any: one statement. It returns the entity, not
	 * {@code f.content}: Spring Data converted a {@code byte[]} result byte by byte
	 * through the conversion service (about 70 ms of CPU for the SC66 PDF's 110 KB).
	 */
	@Transactional(readOnly = true)
	@Query("""
			select f from KeptFile f
			 where f.reportId = :reportId and f.kind = :kind and f.language = :language
			   and f.secretariatRatings = :secretariatRatings and f.contentKey = :key""")
	Optional<KeptFile> find(@Param("reportId") long reportId, @Param("kind") String kind,
			@Param("language") String language, @Param("secretariatRatings") boolean secretariatRatings,
			@Param("key") String key);

	/**
	 * Keeps a file in one statement, replacing the older file of the same report, kind,
	 * language and variant. The same file stored at the same moment by another instance
	 * is no conflict: the second insert changes nothing. In a transaction of its own, so
	 * that a read-only export can keep what it rendered.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into kept_report_file as f
			       (report_id, kind, language, secretariat_ratings, content_key, content, stored_at)
			values (:reportId, :kind, :language, :secretariatRatings, :key, :content, :storedAt)
			on conflict (report_id, kind, language, secretariat_ratings) do update
			   set content_key = excluded.content_key, content = excluded.content, stored_at = excluded.stored_at
			 where f.content_key <> excluded.content_key""")
	int keep(@Param("reportId") long reportId, @Param("kind") String kind, @Param("language") String language,
			@Param("secretariatRatings") boolean secretariatRatings, @Param("key") String key,
			@Param("content") byte[] content, @Param("storedAt") Instant storedAt);

}
