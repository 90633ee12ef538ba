package org.niaptracker.party;

/** Where a Party stands in the NIAP process. */
public enum ProcessStatus {

	/** Asked to develop a NIAP. */
	REQUESTED,
	/** Developing its NIAP. */
	IN_DEVELOPMENT,
	/** Implementing its NIAP and reporting on it. */
	IMPLEMENTING,
	/** Out of the process (its NIAP achieved). */
	EXITED

}
