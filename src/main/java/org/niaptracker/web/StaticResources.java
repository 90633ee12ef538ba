package org.niaptracker.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each kind on its own path: stylesheets and scripts with a hash of
 * their content in their address ({@code /css/niap-<md5>.css}, kept for a year by
 * {@link VersionedResourceCaching}), htmx from its WebJar without a version in the
 * address, the report JSON's schema and the icon.
 * <p>
 * Only these paths are resource paths. Spring Boot's default mapping of {@code /**} made
 * the link encoder look up every link of every page ({@code /parties/KH/...}) as a file
 * on the class path: a page of 25 Parties with their reports spent most of its time
 * there.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String kind : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + kind + "/**")
				.addResourceLocations("classpath:/static/" + kind + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/schema/**").addResourceLocations("classpath:/static/schema/");
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
	}

}
