package org.niaptracker.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A user's journey in headless Chromium against the whole application on a real port, on
 * real PostgreSQL (see {@code BrowserSupport} for how the browser is found).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PostgresTest
@Tag("browser")
public @interface BrowserTest {

}
