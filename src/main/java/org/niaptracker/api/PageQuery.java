package org.niaptracker.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The page of a list a request asks for, bound from the query ({@code ?page=&size=}) and
 * validated, for every paged list of the API; springdoc documents its two parameters
 * ({@code @ParameterObject}) from the same annotations. A missing parameter takes its
 * default; one out of range or not a whole number is a 400 problem naming the field
 * ({@code api.ApiErrors}).
 *
 * @param page the page, from 0 to {@value Paging#MAX_PAGE} (beyond, its first item would
 * be past the largest offset a query takes)
 * @param size items per page, from 1 to {@value Paging#MAX_SIZE}
 */
record PageQuery(
		@Parameter(description = "The page, from 0",
				schema = @Schema(type = "integer", format = "int32", defaultValue = "0")) @Min(value = 0,
						message = "{api.paging.page.atLeast}") @Max(value = Paging.MAX_PAGE,
								message = "{api.paging.page.atMost}") Integer page,
		@Parameter(description = "Items per page, from 1 to " + Paging.MAX_SIZE,
				schema = @Schema(type = "integer", format = "int32", defaultValue = "" + Paging.DEFAULT_SIZE)) @Min(
						value = 1, message = "{api.paging.size.atLeast}") @Max(value = Paging.MAX_SIZE,
								message = "{api.paging.size.atMost}") Integer size) {

	PageQuery {
		page = (page != null) ? page : 0;
		size = (size != null) ? size : Paging.DEFAULT_SIZE;
	}

}
