package org.seigraph.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tables} lists the tables and their filters; {@code GET /api/tables/{name}?format=csv|xlsx&lang=zh|en
 * &<filters>} answers one as a download. Filters are the GraphQL arguments of the same name (ids or names; a list
 * filter is repeated); an unknown filter, format or language is BAD_REQUEST.
 */
@RestController
class TablesController {

    private static final int MAX_FILE_PART = 60;

    private final TableService tables;

    TablesController(TableService tables) {
        this.tables = tables;
    }

    @GetMapping(path = "/api/tables", produces = "application/json")
    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TableQuery t : TableDefinitions.ALL) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("name", t.name());
            table.put("titleZh", t.titleZh());
            table.put("titleEn", t.titleEn());
            table.put("filters", t.filters());
            table.put("columns", t.columns().stream().map(c -> Map.of("key", c.key(), "zh", c.zh(), "en", c.en())).toList());
            table.put("graphql", t.document());
            out.add(table);
        }
        return out;
    }

    @GetMapping("/api/tables/{name}")
    ResponseEntity<byte[]> table(@PathVariable String name, @RequestParam MultiValueMap<String, String> params) {
        TableQuery query = TableService.definition(name);
        TableFormat format = TableFormat.parse(one(params, "format"));
        Table.Lang lang = Table.Lang.parse(one(params, "lang"));
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> fileParts = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getKey().equals("format") || p.getKey().equals("lang")) {
                continue;
            }
            String type = query.filters().get(p.getKey());
            if (type == null) {
                throw ApiException.badRequest("Table '" + name + "' has no filter '" + p.getKey() + "'; it takes "
                        + (query.filters().isEmpty() ? "none" : String.join(", ", query.filters().keySet()))
                        + " (and format, lang)");
            }
            variables.put(p.getKey(), value(p.getKey(), type, p.getValue()));
            fileParts.addAll(p.getValue());
        }
        return format.download(tables.table(query, variables), lang, fileName(name, fileParts));
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values != null && values.size() > 1) {
            throw ApiException.badRequest("'" + name + "' is given " + values.size() + " times");
        }
        return values == null ? null : values.get(0);
    }

    /** A filter's value as its GraphQL type: a list type takes every repetition, others exactly one. */
    static Object value(String name, String type, List<String> values) {
        if (type.startsWith("[")) {
            return List.copyOf(values);
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("'" + name + "' is given " + values.size() + " times; it takes one value");
        }
        String v = values.get(0);
        return switch (type) {
            case "Boolean" -> switch (v) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ApiException.badRequest("'" + name + "' must be true or false, was '" + v + "'");
            };
            case "Int" -> {
                try {
                    yield Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("'" + name + "' must be a whole number, was '" + v + "'");
                }
            }
            default -> v;
        };
    }

    static String fileName(String table, List<String> filterValues) {
        String values = String.join("_", filterValues);
        if (values.length() > MAX_FILE_PART) {
            values = values.substring(0, MAX_FILE_PART);
        }
        return "sei-graph-" + table + (values.isBlank() ? "" : "-" + Downloads.safePart(values));
    }
}
