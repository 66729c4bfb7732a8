package org.seigraph.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A named table defined by the GraphQL query it is the answer of: the query (its root field aliased {@code rows};
 * a connection is paged through {@code $first}/{@code $after}), the filters it takes (its variables, by GraphQL
 * type) and how each column is read from a row. Because the rows are the GraphQL answer's, a table has the same
 * filters, names for ids, checks and order as the query an analyst would send.
 */
public record TableQuery(String name, String titleZh, String titleEn, String document, boolean connection,
                         Map<String, String> filters, List<Cell> cells) {

    /** A column and how its value is read from a row of the answer. */
    public record Cell(Table.Column column, Function<Map<String, Object>, Object> value) {
    }

    public TableQuery {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        cells = List.copyOf(cells);
    }

    public List<Table.Column> columns() {
        return cells.stream().map(Cell::column).toList();
    }

    /** Builds a query's cells in column order (paths into a row of the answer, e.g. {@code bureau.name}). */
    public static final class Cells {
        private final List<Cell> cells = new ArrayList<>();

        public Cells text(String key, String zh, String en, String path) {
            return add(key, zh, en, Table.Type.TEXT, row -> at(row, path));
        }

        /** The name, English name and id of the entity at {@code key}: 部门 / 部门英文名 / 部门ID, Bureau / Bureau (English) / Bureau id. */
        public Cells entity(String key, String zh, String en) {
            return text(key, zh, en, key + ".name")
                    .text(key + "En", zh + "英文名", en + " (English)", key + ".nameEn")
                    .text(key + "Id", zh + "ID", en + " id", key + ".id");
        }

        public Cells number(String key, String zh, String en, String path) {
            return add(key, zh, en, Table.Type.NUMBER, row -> at(row, path));
        }

        public Cells yesNo(String key, String zh, String en, String path) {
            return add(key, zh, en, Table.Type.BOOLEAN, row -> at(row, path));
        }

        /** The values at {@code path} of every element of the list at {@code list}, joined by 、 in their order. */
        public Cells joined(String key, String zh, String en, String list, String path) {
            return add(key, zh, en, Table.Type.TEXT, row -> join(all(row, list, path), "、"));
        }

        public Cells add(String key, String zh, String en, Table.Type type, Function<Map<String, Object>, Object> value) {
            cells.add(new Cell(new Table.Column(key, zh, en, type), value));
            return this;
        }

        public List<Cell> build() {
            return List.copyOf(cells);
        }
    }

    /** The value at a dotted path ({@code bureau.name}, {@code sources.0.text}); null where any step is missing. */
    public static Object at(Object value, String path) {
        Object current = value;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(step);
                current = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    public static List<Object> all(Map<String, Object> row, String list, String path) {
        List<Object> out = new ArrayList<>();
        if (at(row, list) instanceof List<?> elements) {
            for (Object element : elements) {
                Object v = at(element, path);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    public static String join(List<Object> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values.stream().map(String::valueOf).toList());
    }
}
