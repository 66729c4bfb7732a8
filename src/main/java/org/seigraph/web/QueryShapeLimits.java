package org.seigraph.web;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Depth limits that tell the plan's data from the schema's introspection. Data fields may nest {@code maxDepth}
 * deep (a request's cost grows with it). Introspection costs only the size of the schema, and the standard
 * introspection queries of GraphiQL and code generators nest their type references 13–15 deep, so {@code __schema}
 * and {@code __type} may nest {@link #INTROSPECTION_DEPTH} deep, with one {@code __schema} and at most
 * {@link #TYPE_LOOKUPS} {@code __type} lookups per request. These replace graphql-java's "good faith" check (which
 * allows a single {@code __type} and answered breaches without a code). A breach aborts the request before it runs:
 * LIMIT_EXCEEDED.
 */
class QueryShapeLimits extends SimplePerformantInstrumentation {

    static final int INTROSPECTION_DEPTH = 20;
    static final int SCHEMA_LOOKUPS = 1;
    static final int TYPE_LOOKUPS = 20;

    private final int maxDepth;

    QueryShapeLimits(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Shape shape = new Shape();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(shape);
        if (shape.dataDepth > maxDepth) {
            throw new AbortExecutionException("Query depth " + shape.dataDepth + " exceeds the limit of " + maxDepth);
        }
        if (shape.introspectionDepth > INTROSPECTION_DEPTH) {
            throw new AbortExecutionException("Introspection depth " + shape.introspectionDepth + " exceeds the limit of "
                    + INTROSPECTION_DEPTH);
        }
        if (shape.schemaLookups > SCHEMA_LOOKUPS) {
            throw new AbortExecutionException("__schema is asked " + shape.schemaLookups + " times; at most "
                    + SCHEMA_LOOKUPS + " per request");
        }
        if (shape.typeLookups > TYPE_LOOKUPS) {
            throw new AbortExecutionException("__type is asked " + shape.typeLookups + " times; at most "
                    + TYPE_LOOKUPS + " per request");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The deepest data field and introspection field, and how often the introspection roots are asked. */
    private static final class Shape extends QueryVisitorStub {
        int dataDepth;
        int introspectionDepth;
        int schemaLookups;
        int typeLookups;

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            int depth = 1;
            QueryVisitorFieldEnvironment root = env;
            for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                depth++;
                root = p;
            }
            String rootName = root.getField().getName();
            if (rootName.equals("__schema") || rootName.equals("__type")) {
                introspectionDepth = Math.max(introspectionDepth, depth);
                if (depth == 1) {
                    if (rootName.equals("__schema")) {
                        schemaLookups++;
                    } else {
                        typeLookups++;
                    }
                }
            } else {
                dataDepth = Math.max(dataDepth, depth);
            }
        }
    }
}
