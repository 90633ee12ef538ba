package org.niaptracker.niap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * One numbered action ("1.1") of a NIAP pillar.
 */
@Entity
@Table(name = "niap_action")
public class Action extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pillar_id")
	private Pillar pillar;

	@Column(nullable = false, length = 16)
	private String number;

	/** Order of the action within its pillar. */
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	/** The asterisk printed after the title in Part B; the annex does not define it. */
	@Column(nullable = false)
	private boolean marked;

	protected Action() {
	}

	public Action(Pillar pillar, String number, int position, String title, boolean marked) {
		this.pillar = pillar;
		this.number = number;
		this.position = position;
		this.title = title;
		this.marked = marked;
	}

	public Pillar getPillar() {
		return this.pillar;
	}

	public String getNumber() {
		return this.number;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public boolean isMarked() {
		return this.marked;
	}

}
