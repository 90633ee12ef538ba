package org.niaptracker.user;

import java.util.Set;

/**
 * What administrators see of sign-in throttling, and how they lift it: the accounts whose
 * sign-in is held back after failed attempts. Implemented where sign-in happens (the
 * security package), so that this package does not depend on it.
 */
public interface SignInHolds {

	/** The account names whose sign-in is held back now, from any client. */
	Set<String> heldAccounts();

	/** Lets the account sign in again at once, from every client. */
	void lift(String username);

}
