package org.niaptracker.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads every Party's unpublished reports and plans: the rule said once, on the user,
 * for the services, the controllers and the templates that ask it.
 */
class NiapUserTest {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSecretariatAndAdministratorsReadEveryPartyFocalPointsTheirOwn() {
		assertThat(TestUsers.secretariat().isSecretariatOrAdmin()).isTrue();
		assertThat(TestUsers.admin().isSecretariatOrAdmin()).isTrue();
		NiapUser focalPoint = TestUsers.focalPoint("KH");
		assertThat(focalPoint.isSecretariatOrAdmin()).isFalse();
		assertThat(focalPoint.isFocalPointOf("KH")).isTrue();
		assertThat(focalPoint.isFocalPointOf("TG")).isFalse();
		assertThat(TestUsers.secretariat().isFocalPointOf(null)).isFalse();
	}

	@Test
	void theCurrentUserIsAskedTheSameWayAndNobodyIsNeither() {
		assertThat(CurrentUser.isSecretariatOrAdmin()).isFalse();
		signIn(TestUsers.focalPoint("KH"));
		assertThat(CurrentUser.isSecretariatOrAdmin()).isFalse();
		signIn(TestUsers.admin());
		assertThat(CurrentUser.isSecretariatOrAdmin()).isTrue();
		signIn(TestUsers.secretariat());
		assertThat(CurrentUser.isSecretariatOrAdmin()).isTrue();
	}

	private static void signIn(NiapUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
