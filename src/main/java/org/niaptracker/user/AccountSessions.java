package org.niaptracker.user;

/**
 * The sessions an account is signed in with. An account change that takes rights away
 * (disabled, another role or Party, a new password) ends them, so that nobody keeps
 * working with the rights they had. Implemented where sign-in happens (the security
 * package), so that this package does not depend on it.
 */
public interface AccountSessions {

	/**
	 * Signs the account out everywhere, except in the session of the request making the
	 * change, and revokes its API tokens. Within a transaction this happens once it
	 * commits (the tokens within it), so a change that is rolled back ends nothing.
	 */
	void endAll(String username);

}
