package org.seigraph.web;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

import java.util.List;

/** Refuses documents with more aliased fields than allowed (the "10,000 aliases" amplification attack). */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;

    AliasLimitInstrumentation(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field node, TraverserContext<graphql.language.Node> context) {
                if (node.getAlias() != null && aliases.incrementAndGet() > maxAliases) {
                    return TraversalControl.QUIT;
                }
                return TraversalControl.CONTINUE;
            }
        }, parameters.getDocument());
        if (aliases.get() > maxAliases) {
            throw new AbortExecutionException("More than " + maxAliases + " aliased fields in one request");
        }
        return super.beginValidation(parameters, state);
    }
}
