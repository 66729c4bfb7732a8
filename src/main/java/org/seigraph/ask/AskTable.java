package org.seigraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.seigraph.ask.Answer.Item;
import org.seigraph.tables.Table;
import org.seigraph.tables.Table.Column;
import org.seigraph.tables.Table.Type;

/**
 * An answer of {@code ask} as a table of the tables feature (written as CSV or XLSX by it): one row per item, in the
 * answer's order (the text's order where the text orders them), and the columns the answer fills, out of the
 * entity's id, names and kind, then value, unit, qualifier, approximate, year (and where it comes from), rank, lead,
 * what the value is, the path and the note. The table is built from the answer itself, not from the request it equals, because counts,
 * "first"/"last", negations and paths are read from that request's data, not its rows. The title (the sheet's
 * name) is the question as understood.
 */
final class AskTable {

    private record Cell(Column column, Function<Item, Object> value) {
    }

    /** The value labels the answer's plans use, in words for a spreadsheet (others, like a metric, stay as they are). */
    private static final Map<String, String[]> LABELS = Map.of(
            "count", new String[]{"数量", "count"},
            "led", new String[]{"牵头任务数", "tasks led"},
            "coOwned", new String[]{"参与任务数", "tasks co-owned"},
            "total", new String[]{"任务合计", "tasks in all"},
            "score", new String[]{"匹配度", "score"});

    private static final List<String> ENTITY_KEYS = List.of("id", "name", "nameEn", "kind");

    static Table of(Answer answer, Table.Lang lang) {
        List<Cell> all = cells(lang);
        List<Cell> used = new ArrayList<>();
        for (Cell c : all) {
            boolean filled = answer.items().stream().anyMatch(i -> c.value().apply(i) != null);
            // an empty answer ("the plan names none") still has the columns of what it would list
            if (filled || (answer.items().isEmpty() && ENTITY_KEYS.contains(c.column().key()))) {
                used.add(c);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Item i : answer.items()) {
            List<Object> row = new ArrayList<>(used.size());
            used.forEach(c -> row.add(c.value().apply(i)));
            rows.add(row);
        }
        String title = answer.interpretation() == null ? answer.question() : answer.interpretation();
        return new Table("ask", title, title, used.stream().map(Cell::column).toList(), rows);
    }

    private static List<Cell> cells(Table.Lang lang) {
        boolean zh = lang == Table.Lang.ZH;
        return List.of(
                new Cell(new Column("id", "ID", "Id", Type.TEXT), i -> entity(i, "id")),
                new Cell(new Column("name", "名称", "Name", Type.TEXT), i -> entity(i, "name")),
                new Cell(new Column("nameEn", "英文名称", "English name", Type.TEXT), i -> entity(i, "nameEn")),
                new Cell(new Column("kind", "类型", "Kind", Type.TEXT), i -> entity(i, "kind")),
                new Cell(new Column("value", "数值", "Value", Type.NUMBER), Item::value),
                new Cell(new Column("unit", "单位", "Unit", Type.TEXT), Item::unit),
                new Cell(new Column("qualifier", "限定", "Qualifier", Type.TEXT), Item::qualifier),
                new Cell(new Column("approx", "约数", "Approximate", Type.BOOLEAN), Item::approx),
                new Cell(new Column("year", "年份", "Year", Type.NUMBER), Item::year),
                // a target's year is the text's (到2020年) or the plan period's end: the tables' targets say which too
                new Cell(new Column("yearSource", "年份来源", "Year from", Type.TEXT), i -> entity(i, "yearSource")),
                new Cell(new Column("rank", "排序", "Rank", Type.NUMBER), Item::rank),
                new Cell(new Column("lead", "牵头", "Lead", Type.BOOLEAN), Item::lead),
                new Cell(new Column("label", "说明", "Label", Type.TEXT), i -> label(i.label(), zh)),
                new Cell(new Column("path", "路径", "Path", Type.TEXT), i -> i.path() == null ? null
                        : String.join(" → ", i.path().stream().map(p -> String.valueOf(p.get("name"))).toList())),
                new Cell(new Column("note", "备注", "Note", Type.TEXT), Item::note));
    }

    private static Object entity(Item i, String field) {
        return i.entity() == null ? null : i.entity().get(field);
    }

    private static String label(String label, boolean zh) {
        String[] words = label == null ? null : LABELS.get(label);
        return words == null ? label : words[zh ? 0 : 1];
    }

    private AskTable() {
    }
}
