package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading GraphQL {@code data} (nested maps and lists, as in-process execution and JSON parsing both give them). */
final class Data {

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String key) {
        if (o instanceof Map<?, ?> m && m.get(key) instanceof Map<?, ?> v) {
            return (Map<String, Object>) v;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o, String key) {
        if (o instanceof Map<?, ?> m && m.get(key) instanceof List<?> v) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object e : v) {
                if (e instanceof Map<?, ?> em) {
                    out.add((Map<String, Object>) em);
                }
            }
            return out;
        }
        return List.of();
    }

    /** The nodes of a Relay connection field. */
    static List<Map<String, Object>> nodes(Object o, String key) {
        Map<String, Object> connection = map(o, key);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> edge : list(connection, "edges")) {
            Map<String, Object> node = map(edge, "node");
            if (node != null) {
                out.add(node);
            }
        }
        return out;
    }

    static String str(Map<String, Object> m, String key) {
        return m == null || m.get(key) == null ? null : m.get(key).toString();
    }

    static Double num(Map<String, Object> m, String key) {
        return m != null && m.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    static Integer integer(Map<String, Object> m, String key) {
        return m != null && m.get(key) instanceof Number n ? n.intValue() : null;
    }

    static Boolean bool(Map<String, Object> m, String key) {
        return m != null && m.get(key) instanceof Boolean b ? b : null;
    }

    static boolean placeholder(Map<String, Object> bureau) {
        return bureau != null && "generic".equals(bureau.get("category"));
    }

    /** The sources of each element, deduplicated by text, in order. */
    static List<Map<String, Object>> evidence(List<Map<String, Object>> holders) {
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> h : holders) {
            for (Map<String, Object> s : list(h, "sources")) {
                String key = s.get("text") != null ? s.get("text").toString() : String.valueOf(s.get("curated"));
                if (seen.add(key)) {
                    out.add(new LinkedHashMap<>(s));
                }
            }
        }
        return out;
    }

    static Map<String, Object> vars(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                out.put((String) kv[i], kv[i + 1]);
            }
        }
        return out;
    }

    private Data() {
    }
}
