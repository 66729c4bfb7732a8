package org.seigraph.text;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code seigraph.text.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TextSettings.class)
class TextConfiguration {
}
