/**
 * Sign-in, the signed-in user, sign-in throttling and the web security rules.
 */
package org.niaptracker.security;
