package org.niaptracker.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request no form of ours sends (a version that is not a number, a hidden field
 * tampered with): the user sees the 400 page rather than a form that cannot say what is
 * wrong.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

	/**
	 * Refuses the request when a field the form always sends is missing ({@link Sent}),
	 * or when any of these hidden fields failed to bind or validate; the visible fields
	 * keep their messages beside them.
	 */
	public static void unlessValid(BindingResult result, String... hiddenFields) {
		for (var error : result.getFieldErrors()) {
			if ("Sent".equals(error.getCode())) {
				throw new BadRequestException("Missing " + error.getField() + " in " + result.getObjectName());
			}
		}
		for (String field : hiddenFields) {
			if (result.hasFieldErrors(field)) {
				throw new BadRequestException("Malformed " + field + " in " + result.getObjectName());
			}
		}
	}

}
