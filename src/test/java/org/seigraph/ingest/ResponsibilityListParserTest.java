package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The responsibility parenthesis and participation clauses on made-up paragraphs: order, generic bodies, offsets. */
class ResponsibilityListParserTest {

    private final ResponsibilityListParser parser = new ResponsibilityListParser();

    private static Span paragraph(String text) {
        return new Span(text, 1000, 1000 + text.length());
    }

    @Test
    void namedBureausInOrderThenTheGenericBodies() {
        String text = "加快甲乙产业发展。（市甲委、市乙局、市丙办等市有关部门和有关区人民政府按职责分工负责）";
        ResponsibilityListParser.ResponsibilityList list = parser.parse(paragraph(text)).orElseThrow();
        assertThat(list.entries()).extracting(e -> e.name().text())
                .containsExactly("市甲委", "市乙局", "市丙办", "市有关部门", "有关区人民政府");
        assertThat(list.entries()).extracting(ResponsibilityListParser.Entry::generic)
                .containsExactly(false, false, false, true, true);
        assertThat(list.parenthesis().text()).startsWith("（市甲委").endsWith("负责）");
        Span first = list.entries().get(0).name();
        assertThat(first.start()).as("offset in the document").isEqualTo(1000 + text.indexOf("市甲委"));
    }

    @Test
    void withoutDengEveryBodyIsGeneric() {
        ResponsibilityListParser.ResponsibilityList list = parser.parse(
                paragraph("推进丙丁建设。（市有关部门和有关区人民政府按职责分工负责）")).orElseThrow();
        assertThat(list.entries()).extracting(e -> e.name().text()).containsExactly("市有关部门", "有关区人民政府");
        assertThat(list.entries()).allMatch(ResponsibilityListParser.Entry::generic);
    }

    @Test
    void onlyATrailingParenthesisCounts() {
        assertThat(parser.parse(paragraph("（市甲委按职责分工负责）之后还有正文。"))).isEmpty();
        assertThat(parser.parse(paragraph("加快甲乙产业发展。（市甲委负责）"))).as("not the responsibility formula").isEmpty();
        assertThat(parser.parse(paragraph("加快甲乙产业发展。"))).isEmpty();
    }

    @Test
    void participantsBeforeTheParticipationFormula() {
        Span p = paragraph("由市甲委牵头，市乙局、市丙办等市相关部门参加，建立协调机制。");
        List<List<Span>> participants = parser.participants(p);
        assertThat(participants).hasSize(1);
        assertThat(participants.get(0)).extracting(Span::text).containsExactly("市乙局", "市丙办");
        assertThat(parser.participantClauses(p)).extracting(Span::text).containsExactly("市乙局、市丙办等市相关部门参加");
        assertThat(parser.participants(paragraph("由市甲委负责。"))).isEmpty();
    }
}
