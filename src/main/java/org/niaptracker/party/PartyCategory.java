package org.niaptracker.party;

/**
 * The category a Party is in. Until SC69 (November 2017) the three groups were named
 * Parties of 'primary concern' (A), 'secondary concern' (B) and 'importance to watch'
 * (C); the names are message keys {@code party.category.A} and
 * {@code party.category.A.former}.
 */
public enum PartyCategory {

	A, B, C

}
