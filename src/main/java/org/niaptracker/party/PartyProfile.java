package org.niaptracker.party;

import java.util.Locale;

/**
 * What the public Party page shows of a Party's profile: its ISO code, its names, its
 * category and process status with the meetings that decided them.
 */
public record PartyProfile(String code, String name, String nameFr, String nameEs, PartyCategory category,
		String categorySince, ProcessStatus processStatus, String processStatusSince) {

	public static PartyProfile of(Party party) {
		return new PartyProfile(party.getCode(), party.getName(), party.getNameFr(), party.getNameEs(),
				party.getCategory(), party.getCategorySince(), party.getProcessStatus(), party.getProcessStatusSince());
	}

	/** The name in the reader's language, the English name where none is recorded. */
	public String nameIn(Locale locale) {
		String name = switch (locale.getLanguage()) {
			case "fr" -> this.nameFr;
			case "es" -> this.nameEs;
			default -> null;
		};
		return (name != null) ? name : this.name;
	}

}
