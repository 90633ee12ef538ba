package org.niaptracker.user.token;

/**
 * A token just created: the secret to show once, and the token as it is listed.
 */
public record NewApiToken(String token, ApiTokenRow row) {

	@Override
	public String toString() {
		return "NewApiToken[" + this.row.publicId() + "]";
	}

}
