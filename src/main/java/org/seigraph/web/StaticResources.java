package org.seigraph.web;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * How static files are served and cached (Boot's own resource mappings are off: {@code spring.web.resources.add-mappings=false}).
 * <ul>
 *   <li>{@code /webjars/{name}/{version}/…}: a versioned WebJar URL never changes content, so it is cached for a
 *       year and marked {@code immutable} (no revalidation).</li>
 *   <li>{@code /webjars/{name}/…} without a version (resolved by webjars-locator-lite): may change with an
 *       upgrade, so {@code no-cache} (always revalidated).</li>
 *   <li>The page's own files ({@code classpath:/static/}): {@code no-cache} with a (weak) ETag from their content,
 *       so a revisit costs a 304 per file and a new build is seen at once.</li>
 * </ul>
 * Compression of text responses is {@code server.compression} (application.yml). {@code /graphiql} serves the
 * offline GraphiQL page ({@code static/graphiql/index.html}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Versioned WebJar URLs: the second path segment starts with a digit (3.33.1, 0.8.4 …). */
    static final String VERSIONED_WEBJARS = "/webjars/{name}/{version:[0-9][-.0-9A-Za-z_]*}/**";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(VERSIONED_WEBJARS)
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .setUseLastModified(false);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .setEtagGenerator(resource -> {
                    // weak: Tomcat does not compress a response with a strong ETag (the bytes on the wire differ)
                    try (var in = resource.getInputStream()) {
                        return "W/\"" + DigestUtils.md5DigestAsHex(in) + "\"";
                    } catch (java.io.IOException e) {
                        return null;
                    }
                });
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
        registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
    }

    /** ETags for the JSON the page fetches as files (district boundaries); 304 when unchanged. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> geoEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true); // weak, so the answer is still compressed (see above)
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(filter);
        bean.addUrlPatterns("/api/geo/*");
        return bean;
    }
}
