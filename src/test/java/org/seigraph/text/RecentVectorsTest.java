package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentVectorsTest {

    private final List<String> embedded = new ArrayList<>();

    private float[] fake(String text) {
        embedded.add(text);
        return new float[] {text.length(), text.hashCode()};
    }

    @Test
    void aTextSeenBeforeIsNotEmbeddedAgain() {
        RecentVectors recent = new RecentVectors(10);
        float[] first = recent.get("锂电池正极材料", this::fake);
        float[] again = recent.get("锂电池正极材料", this::fake);
        assertThat(again).containsExactly(first);
        assertThat(embedded).containsExactly("锂电池正极材料");
    }

    @Test
    void theLeastRecentlyUsedTextGoesFirstAndTheSizeIsBounded() {
        RecentVectors recent = new RecentVectors(2);
        recent.get("a", this::fake);
        recent.get("b", this::fake);
        recent.get("a", this::fake);
        recent.get("c", this::fake);
        assertThat(recent.size()).isEqualTo(2);
        recent.get("a", this::fake);
        recent.get("b", this::fake);
        assertThat(embedded).containsExactly("a", "b", "c", "b");
    }

    @Test
    void callersGetCopiesThatCannotChangeTheKeptVector() {
        RecentVectors recent = new RecentVectors(2);
        recent.get("x", this::fake)[0] = 99;
        assertThat(recent.get("x", this::fake)[0]).isEqualTo(1f);
    }
}
