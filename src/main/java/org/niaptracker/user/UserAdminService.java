package org.niaptracker.user;

import org.niaptracker.model.StaleVersionException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: create, change role and Party, disable, reset a
 * password, lift a sign-in lock. An administrator cannot disable or demote themselves.
 * Disabling an account, changing its role or Party and resetting its password end the
 * sessions it is signed in with ({@link AccountSessions}).
 */
@Service
@Transactional
public class UserAdminService {

	private final AppUserRepository users;

	private final PartyRepository parties;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignInHolds signInHolds;

	private final AccountSessions sessions;

	UserAdminService(AppUserRepository users, PartyRepository parties, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SignInHolds signInHolds, AccountSessions sessions) {
		this.users = users;
		this.parties = parties;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.signInHolds = signInHolds;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<UserRow> list() {
		Set<String> held = this.signInHolds.heldAccounts();
		return this.users.findAllWithParty()
			.stream()
			.map((user) -> UserRow.of(user, held.contains(user.getUsername())))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserRow row(long id) {
		AppUser user = find(id);
		return UserRow.of(user, this.signInHolds.heldAccounts().contains(user.getUsername()));
	}

	@Transactional(readOnly = true)
	public UserForm form(long id) {
		return UserForm.of(find(id));
	}

	/**
	 * What the password policy says of a new account's password, as a message key; empty
	 * when it passes. {@link #create} refuses the same; a form that failed on other
	 * fields asks it too, so that one round shows every error (a refused password is
	 * never sent back to be corrected).
	 */
	public Optional<String> passwordProblem(UserForm form) {
		return this.passwordPolicy.problem(form.getPassword(), form.getUsername(), form.getDisplayName());
	}

	/** Creates an account; returns its id. */
	public long create(UserForm form) {
		passwordProblem(form).ifPresent((problem) -> {
			throw new RejectedValueException("password", problem);
		});
		if (this.users.findByUsername(form.getUsername()).isPresent()) {
			throw new RejectedValueException("username", "admin.user.username.taken");
		}
		AppUser user = new AppUser(form.getUsername(), form.getDisplayName(),
				this.passwordEncoder.encode(form.getPassword()), form.getRole(), party(form));
		user.setEmail(form.getEmail().isEmpty() ? null : form.getEmail());
		try {
			return this.users.saveAndFlush(user).getId();
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("username", "admin.user.username.taken");
		}
	}

	public void update(long id, UserForm form) {
		AppUser user = find(id);
		StaleVersionException.check(form.getVersion(), user.getVersion(), "Account " + id);
		Authentication me = SecurityContextHolder.getContext().getAuthentication();
		boolean yourself = me != null && me.getName().equals(user.getUsername());
		if (yourself && !form.isEnabled()) {
			throw new RejectedValueException("enabled", "admin.user.notYourself");
		}
		if (yourself && form.getRole() != Role.ADMIN) {
			throw new RejectedValueException("role", "admin.user.notYourself");
		}
		Party party = party(form);
		boolean rightsChange = !form.isEnabled() || user.getRole() != form.getRole()
				|| !Objects.equals(partyCode(user.getParty()), partyCode(party));
		user.assign(form.getRole(), party);
		user.setDisplayName(form.getDisplayName());
		user.setEmail(form.getEmail().isEmpty() ? null : form.getEmail());
		user.setEnabled(form.isEnabled());
		if (rightsChange) {
			// Its open sessions hold the old rights: they end with this change.
			this.sessions.endAll(user.getUsername());
		}
	}

	public void resetPassword(long id, PasswordForm form) {
		AppUser user = find(id);
		StaleVersionException.check(form.getVersion(), user.getVersion(), "Account " + id);
		checkPassword(form.getPassword(), user.getUsername(), user.getDisplayName());
		user.changePasswordHash(this.passwordEncoder.encode(form.getPassword()));
		this.signInHolds.lift(user.getUsername());
		this.sessions.endAll(user.getUsername());
	}

	public void unlock(long id, Integer version) {
		AppUser user = find(id);
		StaleVersionException.check(version, user.getVersion(), "Account " + id);
		this.signInHolds.lift(user.getUsername());
	}

	private void checkPassword(String password, String... personalWords) {
		this.passwordPolicy.problem(password, personalWords).ifPresent((problem) -> {
			throw new RejectedValueException("password", problem);
		});
	}

	private Party party(UserForm form) {
		boolean focalPoint = form.getRole() == Role.FOCAL_POINT;
		if (focalPoint && form.getPartyCode().isEmpty()) {
			throw new RejectedValueException("partyCode", "admin.user.party.required");
		}
		if (!focalPoint && !form.getPartyCode().isEmpty()) {
			throw new RejectedValueException("partyCode", "admin.user.party.onlyFocalPoints");
		}
		if (!focalPoint) {
			return null;
		}
		return this.parties.findByCode(form.getPartyCode())
			.orElseThrow(() -> new RejectedValueException("partyCode", "admin.user.party.unknown"));
	}

	private static String partyCode(Party party) {
		return (party != null) ? party.getCode() : null;
	}

	private AppUser find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}

}
