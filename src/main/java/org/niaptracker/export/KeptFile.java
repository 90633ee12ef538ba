package org.niaptracker.export;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published report's PDF or Word file as rendered once, kept in PostgreSQL for every
 * instance (see {@link KeptFiles}). Written only by {@link KeptFileRepository#keep};
 * mapped so that the schema is validated.
 */
@Entity
@Table(name = "kept_report_file")
class KeptFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long reportId;

	@Column(nullable = false, length = 8)
	private String kind;

	@Column(nullable = false, length = 16)
	private String language;

	@Column(nullable = false)
	private boolean secretariatRatings;

	@Column(nullable = false, length = 80)
	private String contentKey;

	@Column(nullable = false)
	private byte[] content;

	@Column(nullable = false)
	private Instant storedAt;

	protected KeptFile() {
	}

	byte[] getContent() {
		return this.content;
	}

}
