package org.niaptracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's fields as its page shows them: each field's value (what the user typed where
 * the form failed, else the form's own) and each field's error messages. A value built
 * from the form's binding, so that a form can be drawn from it without the request that
 * {@code th:field} reads: a form drawn from values can be kept ({@link KeptFragments})
 * until they change.
 *
 * @param values each field's value, as the form's input shows it ({@code ""} for none)
 * @param errors each field's error messages, in the reader's language; no entry for a
 * field without errors
 */
public record FormFields(Map<String, String> values, Map<String, List<String>> errors) {

	/**
	 * The fields of the form bound to {@code binding}, their values formatted as the
	 * binding formats them (what was typed, for a field it rejected), their errors
	 * resolved in this language.
	 */
	public static FormFields of(BindingResult binding, MessageSource messages, Locale locale, List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : fields) {
			Object value = binding.getFieldValue(field);
			values.put(field, (value != null) ? value.toString() : "");
		}
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.computeIfAbsent(error.getField(), (field) -> new ArrayList<>())
				.add(messages.getMessage(error, locale));
		}
		errors.replaceAll((field, messagesOfField) -> List.copyOf(messagesOfField));
		return new FormFields(Map.copyOf(values), Map.copyOf(errors));
	}

	/** The field's value as its input shows it. */
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/** Whether the field has errors to show. */
	public boolean hasErrors(String field) {
		return this.errors.containsKey(field);
	}

	/** The field's error messages. */
	public List<String> errors(String field) {
		return this.errors.getOrDefault(field, List.of());
	}

	/** Whether any field of the form has errors. */
	public boolean hasAnyErrors() {
		return !this.errors.isEmpty();
	}

}
