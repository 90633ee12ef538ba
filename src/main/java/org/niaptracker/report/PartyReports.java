package org.niaptracker.report;

import java.util.List;

import org.niaptracker.niap.Action;
import org.niaptracker.party.PartyProfile;

/**
 * A Party with its reports, its profile, and (on the Party page) its NIAP.
 */
public record PartyReports(String code, String name, List<ReportSummary> reports, List<NiapPillar> niap,
		PartyProfile profile) {

	/** A pillar of the Party's NIAP as it stands now. */
	public record NiapPillar(int number, String name, List<NiapAction> actions) {
	}

	public record NiapAction(long lineageId, String number, String title, boolean marked) {

		static NiapAction of(Action action) {
			return new NiapAction(action.getLineageId(), action.getNumber(), action.getTitle(), action.isMarked());
		}

	}

}
