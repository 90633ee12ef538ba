package org.niaptracker.user;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an administrator, and the account version they saw. */
public class PasswordForm {

	@Size(min = 12, max = 200, message = "{admin.user.password.length}")
	@Sent
	private String password;

	@NotNull
	private Integer version;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
