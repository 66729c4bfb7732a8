package org.seigraph.lookup;

import org.seigraph.web.ApiException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.lookup.Cookbook;
import org.seigraph.lookup.ReadOnlyCypher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analysts' Cypher over HTTP: {@code POST /api/cypher {query, params}} (read-only), the cookbook of named
 * queries ({@code GET /api/cypher/queries}, {@code POST /api/cypher/queries/{name}} with params), and
 * {@code GET /api/stats} (counts per label and type, share of text facts with evidence offsets).
 */
@RestController
class CypherController {

    record CypherRequest(String query, Map<String, Object> params) {
    }

    private final ReadOnlyCypher cypher;
    private final Cookbook cookbook;

    CypherController(ReadOnlyCypher cypher, Cookbook cookbook) {
        this.cypher = cypher;
        this.cookbook = cookbook;
    }

    @PostMapping(path = "/api/cypher", consumes = "application/json", produces = "application/json")
    ReadOnlyCypher.Answer run(@RequestBody CypherRequest request) {
        if (request == null) {
            throw ApiException.badRequest("A JSON body {query, params} is required");
        }
        return cypher.run(request.query(), request.params());
    }

    @GetMapping(path = "/api/cypher/queries", produces = "application/json")
    List<Cookbook.Recipe> recipes() {
        return cookbook.all();
    }

    @PostMapping(path = "/api/cypher/queries/{name}", produces = "application/json")
    ReadOnlyCypher.Answer runRecipe(@PathVariable String name, @RequestBody(required = false) Map<String, Object> params) {
        Cookbook.Recipe recipe = cookbook.get(name).orElseThrow(() -> ApiException.notFound("cookbook query", name));
        return cypher.run(recipe.query(), params == null || params.isEmpty() ? recipe.exampleParams() : params);
    }

    @GetMapping(path = "/api/stats", produces = "application/json")
    Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String part : List.of("nodes", "relationships", "provenance")) {
            Cookbook.Recipe recipe = cookbook.get("stats-" + part).orElseThrow();
            out.put(part, cypher.run(recipe.query(), recipe.exampleParams()).rows());
        }
        return out;
    }
}
