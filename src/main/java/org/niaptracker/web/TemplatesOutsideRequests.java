package org.niaptracker.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Templates rendered outside any request, from variables alone, with the application's
 * messages and beans ({@code @ordinals}): the annex for the print view and the PDF, and
 * the fragments {@link KeptFragments} keeps. A template rendered here sees no request,
 * session or user, and cannot link through {@code @{/...}}: the addresses it links to
 * come in its variables.
 */
@Component
public class TemplatesOutsideRequests {

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	TemplatesOutsideRequests(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * The HTML of the template, or of the fragments it names ({@code fragments} empty:
	 * the whole template), in this language with these variables (a null value stands for
	 * a variable not set).
	 */
	public String render(String template, Set<String> fragments, Locale locale, Map<String, ?> variables) {
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.templates.process(
				new TemplateSpec(template, fragments.isEmpty() ? null : fragments, TemplateMode.HTML, null), context);
	}

}
