package org.niaptracker.security;

import java.util.List;

import org.niaptracker.security.AuthorizationMatrixTest.Fixture;
import org.niaptracker.security.AuthorizationMatrixTest.Row;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.niaptracker.security.AuthorizationMatrixTest.LOGIN;
import static org.niaptracker.security.AuthorizationMatrixTest.NOT_FOUND;
import static org.niaptracker.security.AuthorizationMatrixTest.OK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix of the account's API tokens page: every signed-in account
 * keeps its own tokens; a token is revoked only by its owner (404 for everyone else). The
 * API's writes, which take a token rather than a session, have their own matrix
 * ({@code api.ApiWriteMatrixTest}).
 */
final class TokenMatrixRows {

	static final List<Row> ROWS = List.of(
			row("API tokens page", "GET /account/tokens", (f) -> get("/account/tokens"), LOGIN, OK, OK, OK, OK),
			row("create an API token", "POST /account/tokens",
					(f) -> post("/account/tokens").param("name", "Matrix script").param("days", "7"), LOGIN, OK, OK, OK,
					OK),
			row("revoke Cambodia's focal point's API token", "POST /account/tokens/{publicId}/revoke",
					TokenMatrixRows::revoke, LOGIN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND));

	private TokenMatrixRows() {
	}

	private static MockHttpServletRequestBuilder revoke(Fixture f) {
		f.jdbc().update("""
				insert into api_token (app_user_id, public_id, secret_hash, name, created_at, expires_at)
				select id, 'mtx00001', sha256('matrix'::bytea), 'Matrix', now(), now() + interval '1 day'
				  from app_user where username = 'focal.kh'
				on conflict (public_id) do nothing""");
		return post("/account/tokens/mtx00001/revoke").param("version", "0");
	}

	private static Row row(String name, String pattern,
			java.util.function.Function<Fixture, MockHttpServletRequestBuilder> request,
			AuthorizationMatrixTest.Outcome... expected) {
		return new Row(name, pattern, request, List.of(expected));
	}

}
