package org.niaptracker.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one place where text typed into any form or address is cleaned before a controller
 * sees it: line breaks become LF (browsers send CRLF), surrounding blanks go, and control
 * characters other than tab and line break (a NUL, which PostgreSQL cannot store, or an
 * escape) are refused with a message beside the field.
 */
@ControllerAdvice
class TextInput {

	@InitBinder
	void registerTextEditor(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TextEditor());
		binder.registerCustomEditor(String.class, "password", new VerbatimEditor());
	}

	/** Cleans one text value; refuses control characters. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\t') {
				throw new IllegalArgumentException("Control character U+%04X at %d".formatted((int) c, i));
			}
		}
		return normalised;
	}

	/**
	 * A refused value becomes a {@code typeMismatch} field error, shown beside its field
	 * with the message {@code typeMismatch.java.lang.String}.
	 */
	static class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/** Keeps a value exactly as typed (passwords). */
	static class VerbatimEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
