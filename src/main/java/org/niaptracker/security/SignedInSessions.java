package org.niaptracker.security;

import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.niaptracker.user.AccountSessions;
import org.niaptracker.user.token.ApiTokens;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions in Spring Session JDBC, which indexes every session by the
 * name of the signed-in principal. A deleted session is signed out on its next request:
 * its cookie names nothing any more. The account's API tokens, which are sessions for
 * scripts, are revoked with them.
 */
@Component
class SignedInSessions implements AccountSessions {

	private static final Log logger = LogFactory.getLog(SignedInSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApiTokens tokens;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@Override
	public void endAll(String username) {
		// In the caller's transaction: a change that is rolled back revokes nothing.
		this.tokens.revokeAll(username);
		String current = currentSessionId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					end(username, current);
				}

			});
		}
		else {
			end(username, current);
		}
	}

	private void end(String username, String keep) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			logger.info("Signed " + username + " out of " + ended + " session(s) after a change to the account");
		}
	}

	private static String currentSessionId() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpSession session = servlet.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
