package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/**
 * Which parks fit an enterprise: the fields the question names (sub-sectors, industries, sectors, technologies)
 * and its origin go to {@code parkFit} as ids and origin words, so the request shows what was understood.
 */
final class ParkFitPlan {

    static final int LIMIT = 10;

    static Plan plan(Reading r) {
        List<String> industries = new ArrayList<>();
        List<String> technologies = new ArrayList<>();
        for (Lexicon.Entry e : r.entities("need")) {
            ("Technology".equals(e.kind()) ? technologies : industries).add(e.id());
        }
        Map<String, Object> need = new LinkedHashMap<>();
        if (!industries.isEmpty()) {
            need.put("industries", industries);
        }
        if (!technologies.isEmpty()) {
            need.put("technologies", technologies);
        }
        if (!r.originWords().isEmpty()) {
            need.put("origin", String.join(" ", r.originWords()));
        }
        need.put("limit", LIMIT);
        String doc = """
                query ParkFit($need: ParkNeedInput!) {
                  parkFit(need: $need) {
                    rank score
                    park { id kind name nameEn }
                    reasons { kind weight summary curated %s }
                  }
                }""".formatted(ResponsibilityPlans.SOURCES);
        return Plan.of(doc, Data.vars("need", need),
                "data.parkFit[].park, best first (score = 1 − Π(1 − weight) over the reasons; README, Park fit)",
                data -> {
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> reasons = new ArrayList<>();
                    for (Map<String, Object> m : Data.list(data, "parkFit")) {
                        List<Map<String, Object>> rs = Data.list(m, "reasons");
                        reasons.addAll(rs);
                        String note = String.join("; ", rs.stream().map(x -> Data.str(x, "kind") + ": " + Data.str(x, "summary")).toList());
                        items.add(new Item(Data.map(m, "park"), Data.num(m, "score"), null, null, null, null,
                                Data.integer(m, "rank"), null, "score", null, note));
                    }
                    return new Reply(items, Data.evidence(reasons));
                });
    }

    private ParkFitPlan() {
    }
}
