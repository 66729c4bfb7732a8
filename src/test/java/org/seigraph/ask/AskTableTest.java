package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.tables.Table;
import org.junit.jupiter.api.Test;

class AskTableTest {

    private static Map<String, Object> bureau(String name, String en) {
        return Map.of("id", "bureau:" + name, "kind", "Bureau", "name", name, "nameEn", en);
    }

    private static Answer answer(String interpretation, List<Item> items) {
        return new Answer("q", true, "zh", "intent", interpretation, List.of(), items, "text", List.of(), null, List.of(), null);
    }

    private static List<String> keys(Table t) {
        return t.columns().stream().map(Table.Column::key).toList();
    }

    @Test
    void onlyTheColumnsTheAnswerFillsAndItsRowsInItsOrder() {
        Table t = AskTable.of(answer("海洋工程装备由哪些部门负责？哪个牵头？", List.of(
                new Item(bureau("市工业和信息化委", "Municipal Industry and Information Technology Commission"), null, null, null,
                        null, null, 1, true, null, null, null),
                new Item(bureau("市科委", "Municipal Science and Technology Commission"), null, null, null, null, null, 2,
                        false, null, null, null))), Table.Lang.ZH);
        assertThat(keys(t)).containsExactly("id", "name", "nameEn", "kind", "rank", "lead");
        assertThat(t.rows()).extracting(r -> r.get(1)).containsExactly("市工业和信息化委", "市科委");
        assertThat(t.rows().get(0)).containsExactly("bureau:市工业和信息化委", "市工业和信息化委",
                "Municipal Industry and Information Technology Commission", "Bureau", 1, true);
        assertThat(t.title(Table.Lang.ZH)).isEqualTo("海洋工程装备由哪些部门负责？哪个牵头？");
    }

    @Test
    void aValueIsSaidInTheTablesLanguage() {
        Answer count = answer("海洋工程装备有几个负责部门？", List.of(Item.value(4, null, "count")));
        Table zh = AskTable.of(count, Table.Lang.ZH);
        assertThat(keys(zh)).containsExactly("value", "label");
        assertThat(zh.rows().get(0)).containsExactly(4.0, "数量");
        assertThat(AskTable.of(count, Table.Lang.EN).rows().get(0)).containsExactly(4.0, "count");
        // a metric is a word of the plan and stays as it is
        Answer target = answer("到2020年生物产业产值目标是多少？", List.of(new Item(Map.of("id", "target:x", "kind", "Target", "name", "x",
                "yearSource", "text"),
                2200.0, "亿元", "超过", false, 2020, null, null, "产值", null, "产业产值规模超过2200亿元")));
        Table t = AskTable.of(target, Table.Lang.EN);
        assertThat(keys(t)).containsExactly("id", "name", "kind", "value", "unit", "qualifier", "approx", "year", "yearSource",
                "label", "note");
        assertThat(t.rows().get(0)).containsExactly("target:x", "x", "Target", 2200.0, "亿元", "超过", false, 2020, "text", "产值",
                "产业产值规模超过2200亿元");
    }

    @Test
    void aPathIsItsNamesInOrder() {
        Item path = new Item(null, null, null, null, null, null, null, null, null, List.of(Map.of("name", "市海洋局"),
                Map.of("name", "海洋工程装备"), Map.of("name", "临港经济区")), "RESPONSIBLE_FOR, BUILDS");
        Table t = AskTable.of(answer("市海洋局和临港经济区有什么关系？", List.of(path)), Table.Lang.ZH);
        assertThat(keys(t)).containsExactly("path", "note");
        assertThat(t.rows().get(0).get(0)).isEqualTo("市海洋局 → 海洋工程装备 → 临港经济区");
    }

    @Test
    void anAnswerOfNoneKeepsTheColumnsOfWhatItWouldList() {
        Table t = AskTable.of(answer("五(一)由哪个部门牵头？", List.of()), Table.Lang.ZH);
        assertThat(keys(t)).containsExactly("id", "name", "nameEn", "kind");
        assertThat(t.rows()).isEmpty();
        assertThat(Arrays.asList(t.name(), t.title(Table.Lang.EN))).containsExactly("ask", "五(一)由哪个部门牵头？");
    }

    @Test
    void theFileIsNamedAfterTheQuestionAsUnderstood() {
        assertThat(AskTableController.fileName("海洋工程装备由哪些部门负责？哪个牵头？"))
                .isEqualTo("sei-graph-ask-海洋工程装备由哪些部门负责？哪个牵头");
        assertThat(AskTableController.fileName("Which parks fit a drone company from beijing?"))
                .isEqualTo("sei-graph-ask-Which_parks_fit_a_drone_company_from_beijing");
        assertThat(AskTableController.fileName("x".repeat(100))).hasSize("sei-graph-ask-".length() + 60);
    }
}
