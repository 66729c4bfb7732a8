package org.seigraph.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named tables ({@code GET /api/tables/{name}}), each the answer of one GraphQL query with the same filters.
 * Columns: id, names as the plan writes them (and the English name), then the facts of each kind; lists of names in
 * a cell keep the answer's order, joined by 、.
 */
final class TableDefinitions {

    private static final String ENTITY = "id name nameEn";

    static final List<TableQuery> ALL = List.of(
            new TableQuery("responsibilities", "部门职责", "Responsibilities",
                    "query($bureau: ID, $subject: ID, $leadOnly: Boolean, $includePlaceholders: Boolean) { rows: responsibilities("
                            + "bureau: $bureau, subject: $subject, leadOnly: $leadOnly, includePlaceholders: $includePlaceholders) { bureau { " + ENTITY + " } subject { id kind name nameEn } "
                            + "rank lead listSize sources { section text } } }",
                    false, filters("bureau", "ID", "subject", "ID", "leadOnly", "Boolean", "includePlaceholders", "Boolean"),
                    new TableQuery.Cells()
                            .entity("bureau", "部门", "Bureau")
                            .text("subject", "事项", "Subject", "subject.name")
                            .text("subjectKind", "事项类型", "Subject kind", "subject.kind")
                            .text("subjectId", "事项ID", "Subject id", "subject.id")
                            .number("rank", "排序", "Rank", "rank")
                            .yesNo("lead", "牵头", "Lead", "lead")
                            .number("listSize", "列出部门数", "Bureaus in the list", "listSize")
                            .text("section", "章节", "Section", "sources.0.section")
                            .text("evidence", "原文", "Evidence", "sources.0.text")
                            .build()),
            new TableQuery("sectors", "产业领域", "Sectors",
                    "query($domain: ID) { rows: sectors(domain: $domain) { " + ENTITY + " path domains { name } subsectors { name } } }",
                    false, filters("domain", "ID"),
                    names().text("section", "章节", "Section", "path")
                            .joined("domains", "所属方向", "Domains", "domains", "name")
                            .joined("subsectors", "细分产业", "Sub-sectors", "subsectors", "name")
                            .build()),
            new TableQuery("subsectors", "细分产业", "Sub-sectors",
                    "query($sector: ID, $bureau: ID, $leadOnly: Boolean) { rows: subsectors(sector: $sector, bureau: $bureau, "
                            + "leadOnly: $leadOnly) { " + ENTITY + " sector { name } bureaus { rank lead bureau { name } } "
                            + "sources { section } } }",
                    false, filters("sector", "ID", "bureau", "ID", "leadOnly", "Boolean"),
                    names().text("sector", "所属领域", "Sector", "sector.name")
                            .add("lead", "牵头部门", "Lead bureau", Table.Type.TEXT, row -> TableQuery.at(row, "bureaus.0.bureau.name"))
                            .joined("bureaus", "责任部门（按原文顺序）", "Responsible bureaus (in the text's order)", "bureaus", "bureau.name")
                            .text("section", "章节", "Section", "sources.0.section")
                            .build()),
            new TableQuery("measures", "保障措施", "Measures",
                    "query($chapter: String, $bureau: ID) { rows: measures(chapter: $chapter, bureau: $bureau) { " + ENTITY
                            + " path bureaus { bureau { name } } participants { name } } }",
                    false, filters("chapter", "String", "bureau", "ID"),
                    names().text("section", "章节", "Section", "path")
                            .joined("bureaus", "责任部门（按原文顺序）", "Responsible bureaus (in the text's order)", "bureaus", "bureau.name")
                            .joined("participants", "参与部门", "Participating bureaus", "participants", "name")
                            .build()),
            new TableQuery("bureaus", "部门", "Bureaus",
                    "query($category: String, $subject: ID, $includePlaceholders: Boolean, $first: Int, $after: String) { rows: "
                            + "bureaus(category: $category, subject: $subject, includePlaceholders: $includePlaceholders, first: $first, after: $after) { pageInfo { hasNextPage endCursor } "
                            + "edges { node { " + ENTITY + " category } } } }",
                    true, filters("category", "String", "subject", "ID", "includePlaceholders", "Boolean"),
                    names().text("category", "类别", "Category", "category").build()),
            new TableQuery("parks", "园区", "Parks",
                    "query($category: String, $district: ID, $subsector: ID, $first: Int, $after: String) { rows: parks("
                            + "category: $category, district: $district, subsector: $subsector, first: $first, after: $after) { "
                            + "pageInfo { hasNextPage endCursor } edges { node { " + ENTITY + " category locatedIn { name } "
                            + "builtBy { name } hosts { name } sources { section } } } } }",
                    true, filters("category", "String", "district", "ID", "subsector", "ID"),
                    names().text("category", "类别", "Category", "category")
                            .joined("locatedIn", "所在区域", "Located in", "locatedIn", "name")
                            .joined("builtBy", "建设方", "Built by", "builtBy", "name")
                            .joined("hosts", "承载产业", "Hosts", "hosts", "name")
                            .text("section", "章节", "Section", "sources.0.section")
                            .build()),
            new TableQuery("targets", "发展目标", "Targets",
                    "query($owner: ID, $targetKind: String, $metric: String, $year: Int, $first: Int, $after: String) { "
                            + "rows: targets(owner: $owner, targetKind: $targetKind, metric: $metric, year: $year, first: $first, "
                            + "after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name owner { name } metric "
                            + "value unit qualifier approx valueNormalized unitNormalized year yearSource asWritten targetKind sources { section } } } } }",
                    true, filters("owner", "ID", "targetKind", "String", "metric", "String", "year", "Int"),
                    new TableQuery.Cells()
                            .text("id", "ID", "Id", "id")
                            .text("owner", "所属", "Owner", "owner.name")
                            .text("metric", "指标", "Metric", "metric")
                            .number("value", "数值", "Value", "value")
                            .text("unit", "单位", "Unit", "unit")
                            .text("qualifier", "限定", "Qualifier", "qualifier")
                            .yesNo("approx", "约数", "Approximate", "approx")
                            .number("valueNormalized", "折算数值", "Normalised value", "valueNormalized")
                            .text("unitNormalized", "折算单位", "Normalised unit", "unitNormalized")
                            .number("year", "年份", "Year", "year")
                            .text("yearSource", "年份来源", "Year from", "yearSource")
                            .text("asWritten", "原文表述", "As written", "asWritten")
                            .text("targetKind", "目标类型", "Target kind", "targetKind")
                            .text("section", "章节", "Section", "sources.0.section")
                            .build()),
            new TableQuery("technologies", "技术与产品", "Technologies",
                    "query($subsector: ID, $mode: String, $category: String, $first: Int, $after: String) { rows: technologies("
                            + "subsector: $subsector, mode: $mode, category: $category, first: $first, after: $after) { pageInfo { hasNextPage endCursor } "
                            + "edges { node { " + ENTITY + " category developedBy { name } sources { section } } } } }",
                    true, filters("subsector", "ID", "mode", "String", "category", "String"),
                    names().text("category", "类别", "Category", "category")
                            .joined("developedBy", "所属产业/措施", "Developed by", "developedBy", "name")
                            .text("section", "章节", "Section", "sources.0.section")
                            .build()),
            new TableQuery("workload", "部门任务量", "Bureau workload",
                    "query($includePlaceholders: Boolean) { rows: bureauWorkload(includePlaceholders: $includePlaceholders) { "
                            + "bureau { " + ENTITY + " category } led coOwned total } }",
                    false, filters("includePlaceholders", "Boolean"),
                    new TableQuery.Cells()
                            .entity("bureau", "部门", "Bureau")
                            .text("category", "类别", "Category", "bureau.category")
                            .number("led", "牵头任务数", "Tasks led", "led")
                            .number("coOwned", "参与任务数", "Tasks co-owned", "coOwned")
                            .number("total", "合计", "Total", "total")
                            .build()),
            new TableQuery("parkfit", "园区匹配", "Park fit",
                    "query($text: String, $origin: String, $industries: [ID!], $technologies: [ID!], $limit: Int) { rows: parkFit("
                            + "need: {text: $text, origin: $origin, industries: $industries, technologies: $technologies, limit: $limit}) "
                            + "{ rank score park { " + ENTITY + " } reasons { kind weight summary curated } } }",
                    false, filters("text", "String", "origin", "String", "industries", "[ID!]", "technologies", "[ID!]", "limit", "Int"),
                    new TableQuery.Cells()
                            .number("rank", "排名", "Rank", "rank")
                            .entity("park", "园区", "Park")
                            .number("score", "匹配度", "Score", "score")
                            .joined("reasons", "依据类型", "Reasons", "reasons", "kind")
                            .add("evidence", "依据", "Evidence", Table.Type.TEXT,
                                    row -> TableQuery.join(TableQuery.all(row, "reasons", "summary"), "；"))
                            .add("curated", "含整理数据", "Uses curated facts", Table.Type.BOOLEAN,
                                    row -> TableQuery.all(row, "reasons", "curated").contains(Boolean.TRUE))
                            .build()));

    static Optional<TableQuery> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static List<String> tableNames() {
        return ALL.stream().map(TableQuery::name).toList();
    }

    /** The id and name columns most tables start with. */
    private static TableQuery.Cells names() {
        return new TableQuery.Cells()
                .text("id", "ID", "Id", "id")
                .text("name", "名称", "Name", "name")
                .text("nameEn", "英文名称", "English name", "nameEn");
    }

    private static Map<String, String> filters(String... nameType) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameType.length; i += 2) {
            out.put(nameType[i], nameType[i + 1]);
        }
        return out;
    }

    private TableDefinitions() {
    }
}
