package org.seigraph.ask;

import java.util.List;
import java.util.Map;

/**
 * How one reading of a question is answered: a GraphQL request of the public API, and how the answer is read
 * from its {@code data} (in code, {@link #read}, and in words, {@link #select}, for the analyst who runs it).
 */
interface Plan {

    String document();

    Map<String, Object> variables();

    /** How the answer is read from {@code data}, in words. */
    String select();

    /** The answer items and their evidence, read from the request's {@code data}. */
    Reply read(Map<String, Object> data);

    record Reply(List<Answer.Item> items, List<Map<String, Object>> evidence) {
    }

    /** A plan given by its parts. */
    static Plan of(String document, Map<String, Object> variables, String select,
                   java.util.function.Function<Map<String, Object>, Reply> reader) {
        return new Plan() {
            @Override
            public String document() {
                return document;
            }

            @Override
            public Map<String, Object> variables() {
                return variables;
            }

            @Override
            public String select() {
                return select;
            }

            @Override
            public Reply read(Map<String, Object> data) {
                return reader.apply(data);
            }
        };
    }
}
