package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The 、-list reader on made-up clauses (names that are in no plan), offsets included. */
class ListParserTest {

    private final ListParser parser = new ListParser();

    /** A clause that starts at offset 100 of an imagined document, so offsets are checked against the document. */
    private static Span clause(String text) {
        return new Span(text, 100, 100 + text.length());
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    @Test
    void verbItemsInOrderAndTheCategoryAfterDeng() {
        ListParser.ParsedList list = parser.parse(clause("重点发展甲乙装备、丙丁材料、戊己系统等关键技术装备"), null).orElseThrow();
        assertThat(list.verb()).isEqualTo("发展");
        assertThat(texts(list.items())).containsExactly("甲乙装备", "丙丁材料", "戊己系统");
        assertThat(list.hasDeng()).isTrue();
        assertThat(list.category().text()).isEqualTo("关键技术装备");
        assertThat(list.generic()).isFalse();
        // offsets point into the document: 重点发展 is 4 characters, each item 4, each 、 one
        assertThat(list.items().get(0).start()).isEqualTo(104);
        assertThat(list.items().get(1).start()).isEqualTo(109);
        assertThat(list.items().get(2).end()).isEqualTo(118);
    }

    @Test
    void aClauseStartingWith以及CarriesThePreviousVerb() {
        ListParser.ParsedList list = parser.parse(clause("以及甲乙材料、丙丁器件等"), "研发").orElseThrow();
        assertThat(list.verb()).isEqualTo("研发");
        assertThat(texts(list.items())).containsExactly("甲乙材料", "丙丁器件");
        assertThat(parser.parse(clause("以及甲乙材料、丙丁器件等"), null)).as("nothing to carry").isEmpty();
    }

    @Test
    void withoutDengTheLastItemIsSplitOnceOnAConjunction() {
        ListParser.ParsedList list = parser.parse(clause("建设甲乙示范区、丙丁孵化园和戊己基地"), null).orElseThrow();
        assertThat(list.verb()).isEqualTo("建设");
        assertThat(texts(list.items())).containsExactly("甲乙示范区", "丙丁孵化园", "戊己基地");
        assertThat(list.hasDeng()).isFalse();
    }

    @Test
    void aConjunctionInsideTheNameOfAPlaceOrPlatformIsNoList() {
        ListParser.ParsedList list = parser.parse(clause("建设甲乙技术创新和应用中心"), null).orElseThrow();
        assertThat(texts(list.items())).containsExactly("甲乙技术创新和应用中心");
    }

    @Test
    void trailingWordsOfAnActionAreStrippedFromTheLastItem() {
        ListParser.ParsedList list = parser.parse(clause("推进甲乙电池、丙丁电机的研发和产业化"), null).orElseThrow();
        assertThat(texts(list.items())).containsExactly("甲乙电池", "丙丁电机");
        assertThat(list.strippedSuffix()).isEqualTo("的研发和产业化");
    }

    @Test
    void aBatchOfUnnamedThingsNamesWhatFollowsDe() {
        ListParser.ParsedList list = parser.parse(clause("培育一批具有国际竞争力的甲乙平台、丙丁中心等"), null).orElseThrow();
        assertThat(list.generic()).isTrue();
        assertThat(texts(list.items())).containsExactly("甲乙平台", "丙丁中心");
        // a batch of a kind, nothing named: the list is generic, and what it lists is the kind
        ListParser.ParsedList kind = parser.parse(clause("培育一批龙头"), null).orElseThrow();
        assertThat(kind.generic()).isTrue();
        assertThat(kind.described()).isFalse();
        assertThat(texts(kind.items())).containsExactly("龙头");
    }

    @Test
    void clausesThatAreNoListOfThings() {
        assertThat(parser.parse(clause("总体目标更加明确"), null)).as("no verb").isEmpty();
        assertThat(parser.parse(clause("发展"), null)).as("a verb and nothing else").isEmpty();
        assertThat(parser.parse(clause("推广甲乙技术在丙丁领域的应用"), null)).as("an application field (在)").isEmpty();
        assertThat(parser.parse(clause("支持为甲乙提供服务"), null)).as("a purpose (为)").isEmpty();
        assertThat(parser.parse(clause("培育甲乙企业、丙丁企业等"), null)).as("enterprises are no named things").isEmpty();
    }
}
