package org.niaptracker.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's web security for {@code @WebMvcTest} slices in other packages (the
 * configuration itself is package-private): who may reach which URL, CSRF, sign-in
 * redirects.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

}
