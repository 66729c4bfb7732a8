package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;

/**
 * Retrieval looks up only as many owners of the nearest texts as can still reach the answer ({@code first} of the
 * close ones): asking for fewer matches gives the head of the longer answer, in the same order, vector matches
 * included.
 */
class RetrieverFirstTest {

    private final Retriever retriever = SharedApp.bean(Retriever.class);

    @Test
    void fewerMatchesAreTheHeadOfMore() {
        int byVector = 0;
        for (String text : List.of("锂电池正极材料", "网络游戏和动漫制作", "电动汽车整车制造", "医疗器械生产企业", "海上风电装备")) {
            Retriever.Retrieval all = retriever.retrieve(text, null, 30, Stages.ALL, Retriever.VectorUse.ALWAYS);
            assertThat(all.vectorsReady()).isTrue();
            List<String> many = ids(all);
            assertThat(many).as(text).hasSizeGreaterThanOrEqualTo(3);
            byVector += (int) all.matches().stream()
                    .filter(m -> m.why().stream().anyMatch(r -> r.kind().equals("VECTOR"))).count();
            for (int first : new int[] {1, 3}) {
                assertThat(ids(retriever.retrieve(text, null, first, Stages.ALL, Retriever.VectorUse.ALWAYS)))
                        .as("first %d of %s", first, text).isEqualTo(many.subList(0, first));
            }
        }
        assertThat(byVector).as("matches found by vector").isPositive();
    }

    /** Full-text candidates are ranked on their names; those kept come back as whole entities, sources and all. */
    @Test
    void keptMatchesAreWholeEntities() {
        Retriever.Retrieval r = retriever.retrieve("高性能锂离子动力电池", null, 5, Stages.ALL, Retriever.VectorUse.ALWAYS);
        assertThat(r.matches()).isNotEmpty();
        assertThat(r.matches().get(0).id()).isEqualTo("technology:高性能锂离子动力电池");
        for (Retriever.Match m : r.matches()) {
            assertThat(m.entity()).as(m.id()).containsKeys("id", "kind", "name", "aliases", "sources");
            assertThat(m.entity().get("sources")).as(m.id()).asList().isNotEmpty();
        }
    }

    /** The model is given the words worth matching, not the request around them; a text without any, as it is. */
    @Test
    void theModelIsGivenTheTermsOfTheText() {
        List<String> terms = Terms.of(retriever.segment("一家企业：网络游戏和动漫制作，希望了解扶持政策", true));
        assertThat(terms).contains("网络游戏", "动漫").doesNotContain("一家", "企业", "希望");
        assertThat(Retriever.meaning("一家企业：网络游戏和动漫制作，希望了解扶持政策", terms)).isEqualTo(String.join(" ", terms));
        assertThat(Retriever.meaning("的", List.of())).isEqualTo("的");
    }

    private static List<String> ids(Retriever.Retrieval r) {
        return r.matches().stream().map(Retriever.Match::id).toList();
    }
}
