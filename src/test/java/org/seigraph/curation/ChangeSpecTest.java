package org.seigraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;

/** What a change request may say, checked before anything reads the graph (no app needed). */
class ChangeSpecTest {

    @Test
    void eachActionAndTargetTakesItsOwnFields() {
        ChangeSpec node = ChangeSpec.parse(in("action", "ADD", "target", "NODE", "label", "Park", "name", "测试园",
                "properties", Map.of("category", "park", "year", 2020)));
        assertThat(node.nodeId()).isEqualTo("park:测试园");
        assertThat(node.properties()).containsEntry("year", 2020L);
        assertThat(node.subjects()).containsExactly("park:测试园");

        ChangeSpec rel = ChangeSpec.parse(in("action", "ADD", "target", "RELATIONSHIP", "type", "LOCATED_IN",
                "from", "park:临港经济区", "to", "district:滨海新区"));
        assertThat(rel.relId()).isEqualTo("LOCATED_IN:park:临港经济区->district:滨海新区");
        assertThat(rel.subjects()).containsExactly("park:临港经济区", "district:滨海新区");

        ChangeSpec value = ChangeSpec.parse(in("action", "CHANGE", "target", "PROPERTY", "entity", "target:x", "key", "value",
                "value", 9700));
        assertThat(value.value()).isEqualTo(9700.0);
        assertThat(value.field()).isEqualTo("value");

        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "nameEn", "value", "x", "label", "Park"),
                "'label' is not used by CHANGE PROPERTY");
        assertRefused(in("action", "ADD", "target", "ALIAS", "entity", "x:y"), "'alias' is required");
    }

    @Test
    void keysTypesLabelsAndRelationshipTypesComeFromFixedTables() {
        for (String key : List.of("id", "doc", "start", "source", "curation", "text", "kind", "nameEn` = 1")) {
            assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", key, "value", "v"), "'key' must be one of");
        }
        assertRefused(in("action", "ADD", "target", "NODE", "label", "Document", "name", "x"), "'label' must be one of");
        assertRefused(in("action", "ADD", "target", "NODE", "label", "Park:Hack", "name", "x"), "'label' must be one of");
        assertRefused(in("action", "ADD", "target", "RELATIONSHIP", "type", "MENTIONS", "from", "a:b", "to", "c:d"), "'type' must be one of");
        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "year", "value", "2020"), "must be a number");
        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "year", "value", 2020.5), "whole number");
        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "year", "value", 1e40), "whole number");
        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "approx", "value", "yes"), "true or false");
        assertRefused(in("action", "CHANGE", "target", "PROPERTY", "entity", "x:y", "key", "nameEn", "value", Map.of("a", 1)), "string");
        assertRefused(in("action", "RETIRE", "target", "PROPERTY", "entity", "x:y", "key", "name"), "cannot be retired");
        assertRefused(in("action", "CHANGE", "target", "NODE", "entity", "x:y", "properties", Map.of("hacked", 1)), "may only hold");
        assertRefused(in("action", "CHANGE", "target", "NODE", "entity", "x:y", "properties", List.of(1)), "must be an object");
        assertRefused(in("action", "CHANGE", "target", "NODE", "entity", "x:y", "properties", Map.of()), "empty");
    }

    @Test
    void textIsOneCleanLineWithinItsLimit() {
        for (String name : List.of("测试\u0000园", " 测试园", "测试园 ", "   ", "测试\uD800园", "测试\uDC00", "测试\uFFFD园", "测试\n园",
                "测试\u2028园")) {
            assertRefused(in("action", "ADD", "target", "NODE", "label", "Park", "name", name), "'name'");
        }
        assertThatThrownBy(() -> ChangeSpec.parse(in("action", "ADD", "target", "NODE", "label", "Park", "name", "园".repeat(201))))
                .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED));
        assertThat(ChangeSpec.parse(in("action", "ADD", "target", "NODE", "label", "Park", "name", "测试\uD83D\uDE00园")).name())
                .as("a surrogate pair is a character like any other").isEqualTo("测试\uD83D\uDE00园");
        assertThat(Texts.text("reason", "line one\nline two", 100)).contains("\n");
        assertThatThrownBy(() -> Texts.text("reason", "x\u0000", 100)).isInstanceOf(ApiException.class);
    }

    private static void assertRefused(Map<String, Object> input, String message) {
        assertThatThrownBy(() -> ChangeSpec.parse(input)).isInstanceOf(ApiException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((ApiException) e).code()).isIn(ErrorCode.BAD_REQUEST, ErrorCode.LIMIT_EXCEEDED));
    }

    private static Map<String, Object> in(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
