package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quantitative targets on made-up clauses: number, unit, qualifier as written, approx and kind. */
class TargetParserTest {

    private final TargetParser parser = new TargetParser();

    private static Span clause(String text) {
        return new Span(text, 50, 50 + text.length());
    }

    @Test
    void aValueWithItsUnitAndTheQualifierWrittenAfterIt() {
        List<TargetParser.Target> targets = parser.valueTargets(clause("到2030年甲乙产业产值达到1200亿元左右"));
        assertThat(targets).hasSize(1);
        TargetParser.Target t = targets.get(0);
        assertThat(t.metric()).isEqualTo("甲乙产业产值");
        assertThat(t.value()).isEqualTo(1200);
        assertThat(t.unit()).isEqualTo("亿元");
        assertThat(t.qualifier()).as("左右 after the number wins over the verb before it").isEqualTo("左右");
        assertThat(t.approx()).isTrue();
        assertThat(t.asWritten().text()).isEqualTo("1200亿元左右");
        assertThat(t.targetKind()).isEqualTo("output");
        assertThat(t.name().text()).as("the year is not part of the target").isEqualTo("甲乙产业产值达到1200亿元左右");
        assertThat(t.asWritten().end()).isEqualTo(50 + "到2030年甲乙产业产值达到1200亿元左右".length());
    }

    @Test
    void theVerbBeforeTheNumberIsTheQualifierOtherwise() {
        TargetParser.Target t = parser.valueTargets(clause("丙丁收入超过3.5万亿元")).get(0);
        assertThat(t.metric()).isEqualTo("丙丁收入");
        assertThat(t.value()).isEqualTo(3.5);
        assertThat(t.unit()).isEqualTo("万亿元");
        assertThat(t.qualifier()).isEqualTo("超过");
        assertThat(t.approx()).isFalse();
        TargetParser.Target none = parser.valueTargets(clause("丙丁收入1000亿元")).get(0);
        assertThat(none.qualifier()).as("neither verb nor 左右/以上").isNull();
    }

    @Test
    void percentagesAreSharesOrGrowth() {
        TargetParser.Target share = parser.valueTargets(clause("戊己占比达到15%以上")).get(0);
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.qualifier()).isEqualTo("以上");
        assertThat(share.targetKind()).isEqualTo("share");
        assertThat(parser.valueTargets(clause("戊己产值年均增速超过20%")).get(0).targetKind()).isEqualTo("growth");
    }

    @Test
    void aChineseNumeral() {
        TargetParser.Target t = parser.valueTargets(clause("甲乙集群规模达到千亿元")).get(0);
        assertThat(t.value()).isEqualTo(1000);
        assertThat(t.unit()).isEqualTo("亿元");
        assertThat(t.qualifier()).isEqualTo("达到");
    }

    @Test
    void noTargetWithoutAMetricOrANumber() {
        assertThat(parser.valueTargets(clause("达到100亿元"))).as("no metric before the number").isEmpty();
        assertThat(parser.valueTargets(clause("甲乙产业规模不断扩大"))).isEmpty();
    }

    @Test
    void countedTargetsInACategoryOrAnItem() {
        TargetParser.Target projects = parser.counted(clause("10项左右基础研究与前沿技术")).orElseThrow();
        assertThat(projects.value()).isEqualTo(10);
        assertThat(projects.unit()).isEqualTo("项");
        assertThat(projects.metric()).isEqualTo("基础研究与前沿技术");
        assertThat(projects.approx()).isTrue();
        assertThat(projects.qualifier()).isEqualTo("左右");
        assertThat(projects.asWritten().text()).isEqualTo("10项左右");
        assertThat(projects.targetKind()).isEqualTo("count");
        TargetParser.Target factories = parser.counted(clause("5家甲乙工厂")).orElseThrow();
        assertThat(factories.value()).isEqualTo(5);
        assertThat(factories.unit()).isEqualTo("家");
        assertThat(factories.approx()).isFalse();
        assertThat(factories.qualifier()).isNull();
        assertThat(factories.asWritten().text()).isEqualTo("5家");
        assertThat(parser.counted(clause("甲乙工厂"))).isEmpty();
    }
}
