package org.seigraph.curation;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON kept in change requests (values, properties, before/after, effects). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Object read(String json) {
        return json == null ? null : MAPPER.readValue(json, Object.class);
    }

    static Map<String, Object> object(String json) {
        return json == null ? null : MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    static List<Map<String, Object>> list(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
    }

    private Json() {
    }
}
