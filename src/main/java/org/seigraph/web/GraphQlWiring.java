package org.seigraph.web;

import java.util.Map;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLObjectType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars (JSON; a strict ID, see {@link StrictId}) and type resolution: an entity map's {@code kind} (its label) names its GraphQL type. */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    @Bean
    RuntimeWiringConfigurer seiGraphWiring() {
        return wiring -> wiring
                .scalar(ExtendedScalars.Json)
                // replaces the built-in ID, which strict wiring (graphql-java's default) refuses: lifted for this only
                .strictMode(false).scalar(StrictId.SCALAR).strictMode(true)
                .type("Entity", type -> type.typeResolver(env -> {
                    Object kind = env.getObject() instanceof Map<?, ?> map ? map.get("kind") : null;
                    GraphQLObjectType resolved = kind == null ? null : env.getSchema().getObjectType(kind.toString());
                    if (resolved == null) {
                        throw new IllegalStateException("No GraphQL type for entity kind " + kind);
                    }
                    return resolved;
                }));
    }
}
