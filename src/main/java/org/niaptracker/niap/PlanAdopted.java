package org.niaptracker.niap;

/**
 * Published, inside the adopting transaction, when a revision of a Party's plan comes
 * into force: open reports of the Party move onto it.
 */
public record PlanAdopted(long partyId, long revisionId, int revisionNumber) {
}
