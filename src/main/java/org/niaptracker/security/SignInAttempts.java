package org.niaptracker.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.niaptracker.user.AppUserRepository;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated failed sign-ins lock an account for a while: {@value #LIMIT} wrong passwords
 * in a row lock it for 15 minutes. Counted in the database, so every instance sees the
 * same count.
 */
@Component
class SignInAttempts {

	static final int LIMIT = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final AppUserRepository users;

	private final Clock clock;

	SignInAttempts(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.users.recordFailedSignIn(name(event.getAuthentication().getName()), LIMIT,
				this.clock.instant().plus(LOCK));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.users.recordSuccessfulSignIn(name(event.getAuthentication().getName()));
	}

	private static String name(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
