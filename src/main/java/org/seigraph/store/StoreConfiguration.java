package org.seigraph.store;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmbeddedNeo4jProperties.class, GraphStoreProperties.class})
class StoreConfiguration {
}
