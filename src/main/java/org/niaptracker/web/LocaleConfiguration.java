package org.niaptracker.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface speaks the three CITES languages. The choice is kept in a cookie (no
 * server-side session state, so any instance behind a load balancer serves it); without
 * one the browser's preference decides.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("niap-lang") {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				return supported(localeValue);
			}
		};
		// A cookie of another language is ignored, not an error.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction((request) -> {
			for (Locale wanted : Collections.list(request.getLocales())) {
				for (Locale supported : SUPPORTED) {
					if (supported.getLanguage().equals(wanted.getLanguage())) {
						return supported;
					}
				}
			}
			return Locale.ENGLISH;
		});
		return resolver;
	}

	/**
	 * English, French or Spanish, from {@code ?lang=} or the cookie; anything else is
	 * refused (the interceptor and the resolver then keep the language they had), so a
	 * made-up value never reaches a page's {@code <html lang>}.
	 */
	static Locale supported(String value) {
		for (Locale supported : SUPPORTED) {
			if (supported.getLanguage().equalsIgnoreCase(value)) {
				return supported;
			}
		}
		throw new IllegalArgumentException("Not a language of the application");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				return supported(localeValue);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
