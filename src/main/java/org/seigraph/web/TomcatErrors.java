package org.seigraph.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link JsonErrorReportValve} in place of Tomcat's HTML error page. The host adds the valve named here when it
 * starts, after every customizer has run, so it sits closest to the application and reports first; the plain
 * ErrorReportValve Spring Boot adds to the host then finds the error already reported and writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }
}
