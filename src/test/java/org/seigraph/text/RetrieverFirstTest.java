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

    private static List<String> ids(Retriever.Retrieval r) {
        return r.matches().stream().map(Retriever.Match::id).toList();
    }
}
