package org.seigraph.lookup;

import java.util.List;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import graphql.schema.idl.RuntimeWiring;

/** {@code totalCount} of the list connections: the {@link Paging.Total} their page came with. */
@Component
class ConnectionTotals implements RuntimeWiringConfigurer {

    static final List<String> CONNECTIONS = List.of("BureauConnection", "ParkConnection", "TargetConnection",
            "TechnologyConnection");

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (String type : CONNECTIONS) {
            wiring.type(type, t -> t.dataFetcher("totalCount", env -> env.<Paging.Total>getLocalContext().get()));
        }
    }
}
