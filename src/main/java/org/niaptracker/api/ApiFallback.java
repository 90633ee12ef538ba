package org.niaptracker.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.model.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/v1}: a 404 problem detail, like an unknown Party,
 * rather than the HTML 404 page an unmapped address gets.
 */
@RestController
@Hidden
class ApiFallback {

	static final String PATTERN = ApiReader.BASE + "/**";

	@RequestMapping(PATTERN)
	void nothingHere(HttpServletRequest request) {
		throw new NotFoundException("No API endpoint " + request.getMethod() + " " + request.getRequestURI());
	}

}
