package org.seigraph.tables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.seigraph.web.GraphQlErrors;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Service;

/**
 * Builds tables by running their GraphQL query in-process (the same schema, instrumentation and fetchers as
 * {@code POST /graphql}), so a table's rows are exactly that query's answer, in its order; a connection is read page
 * by page up to {@value #MAX_ROWS} rows. A GraphQL error becomes an {@link ApiException} with its code and details.
 */
@Service
public class TableService {

    static final int MAX_ROWS = 5000;
    private static final int PAGE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ExecutionGraphQlService graphQl;

    TableService(ExecutionGraphQlService graphQl) {
        this.graphQl = graphQl;
    }

    /** The named table with these filters (GraphQL variables, already typed); NOT_FOUND for an unknown name. */
    public Table table(String name, Map<String, Object> filters) {
        return table(definition(name), filters);
    }

    /** Any table defined by a GraphQL query (e.g. the query an answer equals), with its variables. */
    public Table table(TableQuery query, Map<String, Object> variables) {
        for (String filter : variables.keySet()) {
            if (!query.filters().containsKey(filter)) {
                throw ApiException.badRequest("Table '" + query.name() + "' has no filter '" + filter + "'; it takes "
                        + (query.filters().isEmpty() ? "none" : String.join(", ", query.filters().keySet())));
            }
        }
        List<Map<String, Object>> rows = query.connection() ? pages(query, variables) : rows(run(query, variables));
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            cells.add(query.cells().stream().map(c -> c.value().apply(row)).toList());
        }
        return new Table(query.name(), query.titleZh(), query.titleEn(), query.columns(), cells);
    }

    static TableQuery definition(String name) {
        return TableDefinitions.byName(name).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
                "No table '" + name + "'; tables: " + String.join(", ", TableDefinitions.tableNames())));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pages(TableQuery query, Map<String, Object> filters) {
        List<Map<String, Object>> out = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>(filters);
            variables.put("first", PAGE);
            variables.put("after", after);
            Map<String, Object> connection = (Map<String, Object>) run(query, variables).get("rows");
            for (Object edge : (List<Object>) connection.get("edges")) {
                out.add((Map<String, Object>) ((Map<String, Object>) edge).get("node"));
            }
            Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
            if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
                return out;
            }
            if (out.size() >= MAX_ROWS) {
                throw ApiException.limit("Table '" + query.name() + "' has more than " + MAX_ROWS + " rows; narrow it with a filter");
            }
            after = (String) pageInfo.get("endCursor");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> data) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) data.get("rows");
        if (rows.size() > MAX_ROWS) {
            throw ApiException.limit("The table has " + rows.size() + " rows, above the limit of " + MAX_ROWS);
        }
        return rows;
    }

    private Map<String, Object> run(TableQuery query, Map<String, Object> variables) {
        ExecutionGraphQlResponse response = graphQl.execute(new DefaultExecutionGraphQlRequest(query.document(), null,
                variables, null, UUID.randomUUID().toString(), null)).block(TIMEOUT);
        ExecutionResult result = response.getExecutionResult();
        if (!result.getErrors().isEmpty()) {
            throw failure(result.getErrors().get(0));
        }
        return result.getData();
    }

    private static ApiException failure(GraphQLError error) {
        Map<String, Object> details = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        details.remove("code");
        details.remove("classification");
        return new ApiException(GraphQlErrors.codeOf(error), error.getMessage(), details);
    }
}
