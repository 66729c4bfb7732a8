package org.seigraph.entity;

import java.util.Comparator;
import java.util.List;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.seigraph.entity.RelationField.Direction;

/**
 * The order of a relation field's list, defined once for the compiler and the DataLoaders: each element is read
 * with its sort keys ({@link #keys}) and the list is sorted in Java ({@link #COMPARATOR}), nulls last.
 * <ul>
 * <li>entities: where the text states the relationship (the edge's end offset), then the edge's rank, then id;</li>
 * <li>a subject's responsibilities: the bureau's rank in the list (1 = listed first = lead), then id;</li>
 * <li>a bureau's responsibilities: where the text states the responsibility list (document, then the edge's start
 * offset), then rank, then id — so 三(一) comes before 七(三) however the section numbers sort as text.</li>
 * </ul>
 * Pattern comprehensions have no ORDER BY, hence keys beside each value rather than an ordered subquery.
 */
final class TextOrder {

    /** Compares two key lists position by position: numbers as numbers, anything else as text; nulls last. */
    static final Comparator<List<?>> COMPARATOR = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** The sort keys of one element of {@code field}: the relationship {@code r} and the node {@code far} it reaches. */
    static List<Expression> keys(RelationField field, Relationship r, Node far) {
        if (!field.edge()) {
            return List.of(r.property("end"), r.property("rank"), far.property("id"));
        }
        return field.steps().get(0).direction() == Direction.IN
                ? List.of(r.property("rank"), far.property("id"))
                : List.of(r.property("doc"), r.property("start"), r.property("rank"), far.property("id"));
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareTo(b.toString());
    }

    private TextOrder() {
    }
}
