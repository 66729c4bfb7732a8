package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/**
 * Who is responsible for what: a subject's bureaus (and its lead), a bureau's sub-sectors and tasks, the
 * sub-sectors whose lists leave a bureau out, and the workload counts. The placeholders 市有关部门 and
 * 有关区人民政府 (category {@code generic}) close nearly every list in the text; they are not bureaus one can
 * name, so answers leave them out and say so in {@link Plan#select}.
 */
final class ResponsibilityPlans {

    static final String SOURCES = "sources { doc section start end text curated }";
    private static final String NO_PLACEHOLDERS = "; the placeholders 市有关部门 and 有关区人民政府 (category generic) left out";

    /** The bureaus of a sub-sector or measure in rank order; with leadOnly, the lead. */
    static Plan bureausOf(Reading r, boolean leadOnly) {
        String doc = """
                query Responsible($subject: ID!, $leadOnly: Boolean) {
                  responsibilities(subject: $subject, leadOnly: $leadOnly) {
                    rank lead
                    bureau { id kind name nameEn category }
                    %s
                  }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("subject", r.entity("subject").id(), "leadOnly", leadOnly ? true : null),
                "data.responsibilities[].bureau in rank order (rank 1 = listed first = lead)" + NO_PLACEHOLDERS,
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(data, "responsibilities"));
                    rows.removeIf(row -> Data.placeholder(Data.map(row, "bureau")));
                    rows.sort(Comparator.comparing(row -> Data.integer(row, "rank")));
                    List<Item> items = new ArrayList<>();
                    for (Map<String, Object> row : rows) {
                        items.add(new Item(Data.map(row, "bureau"), null, null, null, null, null, Data.integer(row, "rank"),
                                Data.bool(row, "lead"), null, null, null));
                    }
                    return new Reply(items, Data.evidence(rows));
                });
    }

    /** The sub-sectors a bureau is named for (or leads), in the text's order. */
    static Plan subsectorsOf(Reading r, boolean leadOnly) {
        String bureau = r.entity("bureau").id();
        String doc = """
                query BureauSubsectors($bureau: ID!, $leadOnly: Boolean) {
                  subsectors(bureau: $bureau, leadOnly: $leadOnly) {
                    id kind name nameEn %s
                    bureaus { rank lead bureau { id } %s }
                  }
                }""".formatted(SOURCES, SOURCES);
        return Plan.of(doc, Data.vars("bureau", bureau, "leadOnly", leadOnly ? true : null),
                "data.subsectors[], in the text's order (by sources.start); rank and lead from the sub-sector's bureaus "
                        + "row of this bureau",
                data -> {
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Map<String, Object> s : textOrder(Data.list(data, "subsectors"))) {
                        Map<String, Object> row = Data.list(s, "bureaus").stream()
                                .filter(b -> bureau.equals(Data.str(Data.map(b, "bureau"), "id"))).findFirst().orElse(Map.of());
                        rows.add(row);
                        items.add(new Item(s, null, null, null, null, null, Data.integer(row, "rank"), Data.bool(row, "lead"),
                                null, null, null));
                    }
                    return new Reply(items, Data.evidence(rows));
                });
    }

    /** Everything a bureau is named responsible for (sub-sectors and measures), in the text's order. */
    static Plan tasksOf(Reading r, boolean leadOnly) {
        String doc = """
                query BureauTasks($bureau: ID!, $leadOnly: Boolean) {
                  responsibilities(bureau: $bureau, leadOnly: $leadOnly) {
                    rank lead
                    subject { id kind name nameEn }
                    %s
                  }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("bureau", r.entity("bureau").id(), "leadOnly", leadOnly ? true : null),
                "data.responsibilities[].subject, in the order of their evidence in the text",
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(data, "responsibilities"));
                    rows.sort(Comparator.comparing((Map<String, Object> row) -> firstStart(row))
                            .thenComparing(row -> Data.str(Data.map(row, "subject"), "id")));
                    List<Item> items = new ArrayList<>();
                    for (Map<String, Object> row : rows) {
                        items.add(new Item(Data.map(row, "subject"), null, null, null, null, null, Data.integer(row, "rank"),
                                Data.bool(row, "lead"), null, null, null));
                    }
                    return new Reply(items, Data.evidence(rows));
                });
    }

    /** Entities in the order the text first names them (their sources' start), then by id. */
    static List<Map<String, Object>> textOrder(List<Map<String, Object>> entities) {
        List<Map<String, Object>> out = new ArrayList<>(entities);
        out.sort(Comparator.comparing(ResponsibilityPlans::firstStart).thenComparing(e -> Data.str(e, "id")));
        return out;
    }

    static int firstStart(Map<String, Object> holder) {
        return Data.list(holder, "sources").stream().map(s -> Data.integer(s, "start")).filter(java.util.Objects::nonNull)
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    /** The sub-sectors whose lists do not name the bureau (or that it does not lead), in the text's order. */
    static Plan notListing(Reading r, boolean leadOnly) {
        String doc = """
                query NotListing($bureau: ID!, $leadOnly: Boolean) {
                  all: subsectors {
                    id kind name nameEn sources { start }
                    bureaus { sources { doc section start end text } }
                  }
                  listed: subsectors(bureau: $bureau, leadOnly: $leadOnly) { id }
                }""";
        return Plan.of(doc, Data.vars("bureau", r.entity("bureau").id(), "leadOnly", leadOnly ? true : null),
                "data.all minus data.listed (by id), in the text's order (by sources.start); evidence: each one's "
                        + "responsibility list",
                data -> {
                    Set<String> listed = new HashSet<>();
                    Data.list(data, "listed").forEach(s -> listed.add(Data.str(s, "id")));
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Map<String, Object> s : textOrder(Data.list(data, "all"))) {
                        if (!listed.contains(Data.str(s, "id"))) {
                            items.add(Item.of(s));
                            Data.list(s, "bureaus").stream().findFirst().ifPresent(rows::add);
                        }
                    }
                    return new Reply(items, Data.evidence(rows));
                });
    }

    private static final String WORKLOAD = """
            query Workload {
              bureauWorkload { bureau { id kind name nameEn category } led coOwned total }
            }""";

    /** Every bureau's tasks led, co-owned and in all, busiest first. */
    static Plan workloadTable(Reading r) {
        return Plan.of(WORKLOAD, Map.of(), "data.bureauWorkload[], by total then led (descending)" + NO_PLACEHOLDERS,
                data -> new Reply(workloadRows(data, "total").stream().map(row -> new Item(Data.map(row, "bureau"),
                        Data.num(row, "total"), null, null, null, null, null, null, "total",
                        null, "led " + Data.integer(row, "led") + ", co-owned " + Data.integer(row, "coOwned"))).toList(),
                        List.of()));
    }

    /** The bureau(s) with the most tasks (or the most led); ties are all answered. */
    static Plan busiest(Reading r) {
        String by = "led".equals(r.flag("by")) ? "led" : "total";
        return Plan.of(WORKLOAD, Map.of(), "data.bureauWorkload[] with the largest " + by + " (ties all)" + NO_PLACEHOLDERS,
                data -> {
                    List<Map<String, Object>> rows = workloadRows(data, by);
                    List<Item> items = new ArrayList<>();
                    Double top = rows.isEmpty() ? null : Data.num(rows.get(0), by);
                    for (Map<String, Object> row : rows) {
                        if (Data.num(row, by).equals(top)) {
                            items.add(new Item(Data.map(row, "bureau"), Data.num(row, by), null, null, null, null, null, null,
                                    by, null, "led " + Data.integer(row, "led") + ", co-owned " + Data.integer(row, "coOwned")
                                            + ", total " + Data.integer(row, "total")));
                        }
                    }
                    return new Reply(items, List.of());
                });
    }

    private static List<Map<String, Object>> workloadRows(Map<String, Object> data, String by) {
        List<Map<String, Object>> rows = new ArrayList<>(Data.list(data, "bureauWorkload"));
        rows.removeIf(row -> Data.placeholder(Data.map(row, "bureau")));
        rows.sort(Comparator.comparing((Map<String, Object> row) -> -Data.num(row, by))
                .thenComparing(row -> -Data.num(row, "led"))
                .thenComparing(row -> Data.str(Data.map(row, "bureau"), "id")));
        return rows;
    }

    /** One bureau's tasks led, co-owned and in all, with the lists they come from. */
    static Plan workloadOf(Reading r) {
        String bureau = r.entity("bureau").id();
        String doc = """
                query BureauWorkload($bureau: ID!) {
                  bureauWorkload { bureau { id kind name nameEn } led coOwned total }
                  responsibilities(bureau: $bureau) { rank subject { id name } %s }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("bureau", bureau),
                "the data.bureauWorkload[] row of this bureau: led, coOwned, total; evidence: data.responsibilities",
                data -> {
                    List<Item> items = new ArrayList<>();
                    for (Map<String, Object> row : Data.list(data, "bureauWorkload")) {
                        if (bureau.equals(Data.str(Data.map(row, "bureau"), "id"))) {
                            Map<String, Object> b = Data.map(row, "bureau");
                            for (String field : List.of("led", "coOwned", "total")) {
                                items.add(new Item(b, Data.num(row, field), null, null, null, null, null, null, field, null, null));
                            }
                        }
                    }
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(data, "responsibilities"));
                    rows.sort(Comparator.comparing(ResponsibilityPlans::firstStart));
                    return new Reply(items, Data.evidence(rows));
                });
    }

    /** The municipal bureaus the plan names (placeholders are category generic), busiest first. */
    static Plan bureaus(Reading r) {
        String doc = """
                query Bureaus {
                  bureaus(category: "municipal", first: 200) { edges { node { id kind name nameEn } } }
                }""";
        return Plan.of(doc, Map.of(), "data.bureaus.edges[].node (category municipal: the placeholders are generic)",
                data -> new Reply(Data.nodes(data, "bureaus").stream().map(Item::of).toList(), List.of()));
    }

    static Map<String, Object> entity(Lexicon.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
        m.put("nameEn", e.nameEn());
        return m;
    }

    private ResponsibilityPlans() {
    }
}
