package org.seigraph.store;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded mode (the default): starts Neo4j in-process and points Boot's driver at its Bolt port through
 * {@link Neo4jConnectionDetails}, so everything downstream (Spring Data Neo4j, health) is configured the
 * same way as against an external server. Off with {@code seigraph.embedded.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "seigraph.embedded", name = "enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4j.start(properties);
    }

    /**
     * The short connect timeout of application.yml is for a remote server that stops answering; the embedded one is
     * in this JVM, and on a busy machine its Bolt handshake may take longer than that without anything being wrong.
     */
    @Bean
    ConfigBuilderCustomizer embeddedConnectTimeout() {
        return builder -> builder.withConnectionTimeout(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embedded.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
