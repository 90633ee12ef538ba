/**
 * Personal API tokens: created, listed and revoked by their owner on the account's token
 * page; a script presenting one acts as that person
 * ({@code security.TokenAuthentication}). Only a hash of each token is stored.
 */
package org.niaptracker.user.token;
