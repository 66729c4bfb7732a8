package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.graph.GraphModel;

class KindStylesTest {

    @Test
    void everyKindOfTheModelHasAStyleAndTheLegendListsEachOnce() {
        List<KindStyles.KindStyle> all = KindStyles.all();
        assertThat(all).extracting(KindStyles.KindStyle::kind).containsExactlyInAnyOrderElementsOf(GraphModel.LABEL_NAMES);
        for (KindStyles.KindStyle k : all) {
            assertThat(k.color()).matches("#[0-9a-f]{6}");
            assertThat(k.size()).isBetween(16, 60);
            assertThat(k.gexfShape()).isIn("disc", "square", "triangle", "diamond");
            assertThat(k.yedShape()).isIn("rectangle", "roundrectangle", "ellipse", "parallelogram", "hexagon", "octagon",
                    "diamond", "triangle", "star5", "fatarrow");
            assertThat(k.echartsSymbol()).matches("circle|rect|roundRect|triangle|diamond|pin|arrow|path://M[-0-9.,LZ ]+");
        }
        // distinct colours for the kinds a map shows side by side
        assertThat(all.stream().map(KindStyles.KindStyle::color).distinct()).hasSameSizeAs(all);
    }

    @Test
    void aKindTheTableDoesNotKnowGetsAStableColourFromItsName() {
        KindStyles.KindStyle a = KindStyles.of("PolicyInstrument");
        assertThat(a).isEqualTo(KindStyles.of("PolicyInstrument"));
        assertThat(a.color()).matches("#[0-9a-f]{6}").isNotEqualTo(KindStyles.of("Field").color());
        assertThat(a.nameZh()).isEqualTo("PolicyInstrument");
        assertThat(a.layer()).isEqualTo(-1);
        assertThat(KindStyles.hsl(0, 1, 0.5)).isEqualTo("#ff0000");
        assertThat(KindStyles.hsl(120, 1, 0.25)).isEqualTo("#008000");
    }

    @Test
    void chainLayersRunFromDomainToParksAndBureaus() {
        assertThat(KindStyles.of("Domain").layer()).isZero();
        assertThat(KindStyles.of("Sector").layer()).isEqualTo(1);
        assertThat(List.of("Subsector", "Measure")).allMatch(k -> KindStyles.of(k).layer() == 2);
        assertThat(List.of("Technology", "Project")).allMatch(k -> KindStyles.of(k).layer() == 3);
        assertThat(List.of("Park", "Platform", "Bureau")).allMatch(k -> KindStyles.of(k).layer() == 4);
        assertThat(List.of("Target", "District", "Area", "Section")).allMatch(k -> KindStyles.of(k).layer() == -1);
    }
}
