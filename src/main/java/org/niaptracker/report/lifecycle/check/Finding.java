package org.niaptracker.report.lifecycle.check;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something to fix before a report can be submitted: a message key with its arguments
 * (which may themselves be message keys), and where in the report it is.
 *
 * @param messageKey what is wrong, e.g. {@code check.unrated}
 * @param arguments the message's arguments
 * @param actionNumber the action concerned, or null for Part A and the cover
 * @param anchor the element of the report page to link to, e.g. {@code action-1.2}
 * @param warning whether it only asks the Party to look (it does not block submission)
 * <p>
 * Equal by value, its arguments included (a record compares arrays by identity): the
 * findings are part of the values the report page's checks are kept under.
 */
public record Finding(String messageKey, Object[] arguments, String actionNumber, String anchor,
		boolean warning) implements MessageSourceResolvable {

	public static Finding ofAction(String messageKey, String actionNumber, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = actionNumber;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return new Finding(messageKey, arguments, actionNumber, "action-" + actionNumber, false);
	}

	public static Finding of(String messageKey, String anchor, Object... arguments) {
		return new Finding(messageKey, arguments, null, anchor, false);
	}

	/** Something the Party should look at, which does not block submission. */
	public static Finding warning(String messageKey, String anchor, Object... arguments) {
		return new Finding(messageKey, arguments, null, anchor, true);
	}

	/** A message argument that is itself a message key (a field's label). */
	public static MessageSourceResolvable label(String messageKey) {
		return new DefaultMessageSourceResolvable(messageKey);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Finding that && this.messageKey.equals(that.messageKey)
				&& Arrays.deepEquals(this.arguments, that.arguments)
				&& Objects.equals(this.actionNumber, that.actionNumber) && Objects.equals(this.anchor, that.anchor)
				&& this.warning == that.warning;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.messageKey, Arrays.deepHashCode(this.arguments), this.actionNumber, this.anchor,
				this.warning);
	}

	@Override
	public String toString() {
		return "Finding[" + this.messageKey + Arrays.toString(this.arguments) + " at " + this.anchor
				+ (this.warning ? ", warning]" : "]");
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
