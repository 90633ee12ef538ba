package org.niaptracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;

/**
 * A field that its form always sends (an empty text box sends an empty value). A request
 * without it was not made by the form: {@link BadRequestException#unlessValid} answers
 * 400 and nothing is changed, rather than clearing what the missing field holds.
 */
@Documented
@Constraint(validatedBy = {})
@NotNull
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Sent {

	String message() default "{form.fieldMissing}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
