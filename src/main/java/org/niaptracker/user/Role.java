package org.niaptracker.user;

/**
 * What an account may do. A focal point speaks for one Party; the Secretariat reviews
 * every Party's reports; an administrator manages accounts, Parties and meetings.
 */
public enum Role {

	FOCAL_POINT, SECRETARIAT, ADMIN

}
