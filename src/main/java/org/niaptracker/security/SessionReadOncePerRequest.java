package org.niaptracker.security;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's JDBC repository without its second read of a request's session.
 * <p>
 * At the end of each request, Spring Session's filter saves the session (the time of its
 * last access) and then reads it again, only to check that it still exists
 * (<a href="https://github.com/spring-projects/spring-session/issues/2131">spring-session
 * #2131</a>): one statement more on every signed-in page. Here that read is answered with
 * the session the same request has just saved. The answer never outlives its request: a
 * filter around Spring Session's forgets it when the request (or its error page) ends, so
 * the next request reads the session from PostgreSQL, where another instance may have
 * ended it.
 * <p>
 * Beneath that, {@link AccessTimeEveryMinute} spares the session's update on most
 * requests; and the session's statements run in plain JDBC transactions, not in JPA ones,
 * which would open an entity manager for each.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOncePerRequest {

	@Bean
	static BeanPostProcessor sessionRepositoryReadOncePerRequest() {
		return new BeanPostProcessor() {

			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof JustSaved<?>))
						? new JustSaved(new AccessTimeEveryMinute(sessions)) : bean;
			}

		};
	}

	/**
	 * Spring Session's transactions (a read of the session at the start of each signed-in
	 * request, its update at the end): plain JDBC ones over the same data source, without
	 * an entity manager; inside a transaction of the application's (an account change
	 * ending the account's sessions), that transaction, which a JDBC transaction manager
	 * would not see as one (JPA binds the connection without marking it active) and would
	 * commit. Found by its name alone: nothing else is given it in place of Spring Boot's
	 * own {@code TransactionTemplate}, which this bean does not replace.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource,
			PlatformTransactionManager transactionManager) {
		TransactionOperations jdbc = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		TransactionOperations application = new TransactionTemplate(transactionManager);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return (TransactionSynchronizationManager.isActualTransactionActive() ? application : jdbc)
					.execute(action);
			}
		};
	}

	/**
	 * Around Spring Session's filter, on the same dispatches (an error page is a dispatch
	 * of its own, after the request's filters are done): what a dispatch saved is
	 * forgotten when it ends. A plain filter: nothing to do but that.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionJustSavedForgottenFilter() {
		Filter forget = (request, response, chain) -> {
			try {
				chain.doFilter(request, response);
			}
			finally {
				JustSaved.forget();
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(forget);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The repository, answering a read of the session that this thread has just saved
	 * with that session, once.
	 */
	static final class JustSaved<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private static final ThreadLocal<Session> saved = new ThreadLocal<>();

		private final FindByIndexNameSessionRepository<S> sessions;

		JustSaved(FindByIndexNameSessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		static void forget() {
			saved.remove();
		}

		@Override
		public S createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(S session) {
			forget();
			this.sessions.save(session);
			saved.set(session);
		}

		@Override
		@SuppressWarnings("unchecked")
		public S findById(String id) {
			Session justSaved = saved.get();
			forget();
			if (justSaved != null && justSaved.getId().equals(id) && !justSaved.isExpired()) {
				return (S) justSaved;
			}
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			forget();
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
		}

		@Override
		public Map<String, S> findByPrincipalName(String principalName) {
			return this.sessions.findByPrincipalName(principalName);
		}

	}

}
