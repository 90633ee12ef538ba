/**
 * Accounts and their administration; {@code AccountDirectory} is what other features may
 * know of accounts.
 */
package org.niaptracker.user;
