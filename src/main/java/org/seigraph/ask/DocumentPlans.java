package org.seigraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/**
 * The documents the plan refers to: the State Council plan it implements (贯彻落实), the Tianjin outline it is
 * based on (根据), both cited by title and number; and 中国制造2025, whose implementation it combines with (结合).
 */
final class DocumentPlans {

    static Plan plan(Reading r, String planDocument) {
        Lexicon.Entry named = r.entity("document");
        String id = named == null ? planDocument : named.id();
        String relation = r.flag("relation");
        List<String> fields = "cited".equals(relation) ? List.of("implements", "basedOn") : List.of(relation);
        StringBuilder selection = new StringBuilder();
        for (String f : fields) {
            selection.append(f).append(" { id kind name nameEn ... on Document { number title } ")
                    .append(ResponsibilityPlans.SOURCES).append(" } ");
        }
        String doc = """
                query Documents($id: ID!) {
                  node(id: $id) { id name ... on Document { %s} }
                }""".formatted(selection);
        return Plan.of(doc, Data.vars("id", id), "data.node." + String.join(" then data.node.", fields),
                data -> {
                    Map<String, Object> node = Data.map(data, "node");
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (String f : fields) {
                        rows.addAll(Data.list(node, f));
                    }
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    private DocumentPlans() {
    }
}
