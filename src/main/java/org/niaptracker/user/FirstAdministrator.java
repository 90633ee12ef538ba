package org.niaptracker.user;

import java.util.Locale;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any administrator, creates the first one from
 * {@code NIAP_ADMIN_USERNAME} and {@code NIAP_ADMIN_PASSWORD}. No account is ever created
 * with a default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdministrator.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final MessageSource messages;

	private final Environment environment;

	FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			MessageSource messages, Environment environment) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.messages = messages;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsByRole(Role.ADMIN)) {
			return;
		}
		String username = this.environment.getProperty("NIAP_ADMIN_USERNAME", "");
		String password = this.environment.getProperty("NIAP_ADMIN_PASSWORD", "");
		if (username.isBlank() || password.isEmpty()) {
			logger.warn("No administrator account exists. Set NIAP_ADMIN_USERNAME and NIAP_ADMIN_PASSWORD "
					+ "(12 to 200 characters, not a common password) and restart to create the first one.");
			return;
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		Optional<String> problem = this.passwordPolicy.problem(password, name);
		if (problem.isPresent()) {
			logger.error("NIAP_ADMIN_PASSWORD refused, no administrator was created: "
					+ this.messages.getMessage(problem.get(), null, Locale.ENGLISH)
					+ " Set another NIAP_ADMIN_PASSWORD and restart.");
			return;
		}
		this.users.save(new AppUser(name, name, this.passwordEncoder.encode(password), Role.ADMIN, null));
		logger.info("Created the first administrator account '" + name + "'");
	}

}
