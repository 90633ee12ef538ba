package org.niaptracker.user;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account as an administrator creates or changes it. The username and the first
 * password are set on creation only; the version guards changes against a concurrent
 * edit.
 */
public class UserForm {

	@Pattern(regexp = "[a-z0-9._@-]{3,100}", message = "{admin.user.username.invalid}")
	private String username = "";

	@NotBlank(message = "{admin.field.required}")
	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String displayName;

	@Email(message = "{admin.user.email.invalid}")
	@Size(max = 254, message = "{edit.text.tooLong}")
	@Sent
	private String email;

	@NotNull(message = "{admin.field.required}")
	private Role role;

	@Size(max = 2)
	@Sent
	private String partyCode;

	private boolean enabled = true;

	@Size(max = 200, message = "{edit.text.tooLong}")
	private String password = "";

	private Integer version;

	static UserForm of(AppUser user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.email = (user.getEmail() != null) ? user.getEmail() : "";
		form.role = user.getRole();
		form.partyCode = (user.getParty() != null) ? user.getParty().getCode() : "";
		form.enabled = user.isEnabled();
		form.version = user.getVersion();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username != null) ? username.toLowerCase(java.util.Locale.ROOT) : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPartyCode() {
		return this.partyCode;
	}

	public void setPartyCode(String partyCode) {
		this.partyCode = (partyCode != null) ? partyCode.toUpperCase(java.util.Locale.ROOT) : null;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password != null) ? password : "";
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
