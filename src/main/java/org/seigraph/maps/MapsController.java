package org.seigraph.maps;

import java.util.List;

import org.seigraph.graph.GraphView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for maps: {@code subgraph}, {@code overview}, {@code wholeGraph}, {@code chain}, {@code mapKinds}. */
@Controller
class MapsController {

    private final SubgraphService subgraphs;
    private final ChainService chains;

    MapsController(SubgraphService subgraphs, ChainService chains) {
        this.subgraphs = subgraphs;
        this.chains = chains;
    }

    @QueryMapping
    GraphView chain(@Argument String id, @Argument Integer limit) {
        return chains.chain(id, limit);
    }

    @QueryMapping
    List<KindStyles.KindStyle> mapKinds() {
        return KindStyles.all();
    }

    @QueryMapping
    GraphView subgraph(@Argument List<String> ids, @Argument Integer hops, @Argument List<String> kinds,
                       @Argument List<String> types, @Argument Integer limit, @Argument Boolean includePlaceholders) {
        return subgraphs.subgraph(new SubgraphService.Request(ids, hops, kinds, types, limit, includePlaceholders));
    }

    @QueryMapping
    GraphView overview() {
        return subgraphs.overview();
    }

    @QueryMapping
    GraphView wholeGraph(@Argument List<String> kinds, @Argument List<String> types, @Argument Boolean includePlaceholders) {
        return subgraphs.whole(kinds, types, includePlaceholders);
    }
}
