package org.niaptracker.web;

import java.util.List;
import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.spring6.util.SpringValueFormatter;

import org.springframework.stereotype.Component;

/**
 * A field of the form bound to a template's {@code th:object}, as {@code th:field} would
 * show it (the value formatted by the form's binding, what was typed where the binding
 * rejected it, and the field's error messages), as a {@link FormFields}: the forms
 * rendered in the request and the forms drawn from values then share one markup,
 * {@code fragments/field-values.html}. Templates call it as
 * {@code @boundFields.of(#ctx, name)} ({@code fragments/field.html}).
 */
@Component("boundFields")
public class BoundFields {

	/** The field {@code name} of the enclosing {@code th:object}. */
	public FormFields of(IExpressionContext context, String name) {
		IThymeleafBindStatus status = FieldUtils.getBindStatus(context, "*{" + name + "}");
		String value = SpringValueFormatter.getDisplayString(status.getValue(), status.getEditor(), false);
		Map<String, List<String>> errors = status.isError() ? Map.of(name, List.of(status.getErrorMessages()))
				: Map.of();
		return new FormFields(Map.of(name, value), errors);
	}

}
