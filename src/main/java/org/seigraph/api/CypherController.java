package org.seigraph.api;

import java.util.Map;

import org.seigraph.lookup.ReadOnlyCypher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cypher {query, params}}: analysts' read-only Cypher; columns and rows as JSON. */
@RestController
class CypherController {

    record CypherRequest(String query, Map<String, Object> params) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    @PostMapping(path = "/api/cypher", consumes = "application/json", produces = "application/json")
    ReadOnlyCypher.Answer run(@RequestBody CypherRequest request) {
        if (request == null) {
            throw ApiException.badRequest("A JSON body {query, params} is required");
        }
        return cypher.run(request.query(), request.params());
    }
}
