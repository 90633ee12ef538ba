package org.niaptracker.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.niaptracker.report.RatingSummary;
import org.niaptracker.review.NoticeService;
import org.niaptracker.security.WebSliceSecurity;
import org.niaptracker.web.ApiRefusals;
import org.niaptracker.web.KeptFragments;
import org.niaptracker.web.KeptPages;
import org.niaptracker.web.Ordinals;
import org.niaptracker.web.TemplatesOutsideRequests;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web-slice test of one controller: MockMvc with the application's security, message
 * bundles and templates, no database. The controller's services are mocked by the test;
 * the notices in the page header are mocked here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ WebSliceSecurity.class, RatingSummary.class, Ordinals.class, KeptPages.class, KeptFragments.class,
		TemplatesOutsideRequests.class, ApiRefusals.class })
@MockitoBean(types = NoticeService.class)
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
