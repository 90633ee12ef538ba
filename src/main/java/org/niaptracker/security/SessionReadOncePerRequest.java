package org.niaptracker.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's JDBC repository without its second read of a request's session.
 * <p>
 * At the end of each request, Spring Session's filter saves the session (the time of its
 * last access) and then reads it again, only to check that it still exists
 * (<a href="https://github.com/spring-projects/spring-session/issues/2131">spring-session
 * #2131</a>): one statement more on every signed-in page. Here that read is answered with
 * the session the same request has just saved. The answer never outlives its request: a
 * filter around Spring Session's forgets it when the request ends, so the next request
 * reads the session from PostgreSQL, where another instance may have ended it.
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
						? new JustSaved(sessions) : bean;
			}

		};
	}

	/** Around Spring Session's filter: what a request saved is forgotten when it ends. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionJustSavedForgottenFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						finally {
							JustSaved.forget();
						}
					}

				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
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
