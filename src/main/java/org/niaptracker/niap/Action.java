package org.niaptracker.niap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * One numbered action ("1.1") of a NIAP pillar, as it stands in one revision of the plan.
 */
@Entity
@Table(name = "niap_action")
public class Action extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pillar_id")
	private Pillar pillar;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_revision_id")
	private PlanRevision planRevision;

	/** The action's identity across revisions. */
	@Column(name = "lineage_id", nullable = false)
	private Long lineageId;

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

	public Action(Pillar pillar, Long lineageId, String number, int position, String title, boolean marked) {
		this.pillar = pillar;
		this.planRevision = pillar.getPlanRevision();
		this.lineageId = lineageId;
		this.number = number;
		this.position = position;
		this.title = title;
		this.marked = marked;
	}

	/** A copy of this action, same lineage, under the pillar's copy in a new draft. */
	Action copyInto(Pillar pillarCopy) {
		return new Action(pillarCopy, this.lineageId, this.number, this.position, this.title, this.marked);
	}

	public void change(Pillar pillar, String number, int position, String title, boolean marked) {
		this.planRevision.requireDraft();
		this.pillar = pillar;
		this.number = number;
		this.position = position;
		this.title = title;
		this.marked = marked;
	}

	public PlanRevision getPlanRevision() {
		return this.planRevision;
	}

	public Long getLineageId() {
		return this.lineageId;
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
