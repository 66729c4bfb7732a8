package org.seigraph.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pieces of need resolution that need no graph: terms, name matching tiers, the origin table, weights. */
class ParkFitTextMatchTest {

    @Test
    void termsDropOriginWordsAndStopWords() {
        assertThat(NeedResolver.terms("北京一家做新能源汽车动力电池的企业")).containsExactly("一家做新能源汽车动力电池的企业");
        assertThat(NeedResolver.terms("European advanced manufacturing enterprise")).containsExactly("advanced", "manufacturing");
        assertThat(NeedResolver.terms("an animation studio")).containsExactly("animation", "studio");
        assertThat(NeedResolver.terms("手机游戏、动漫")).containsExactly("手机游戏", "动漫");
        assertThat(NeedResolver.terms("Beijing company")).isEmpty();
    }

    @Test
    void namesMatchTermsInTiers() {
        assertThat(NeedResolver.match("石墨烯", "石墨烯").tier()).isEqualTo(4);
        assertThat(NeedResolver.match("锂离子动力电池", "高性能锂离子动力电池").tier()).isEqualTo(3);
        assertThat(NeedResolver.match("做新能源汽车的企业", "新能源汽车").tier()).isEqualTo(2);
        assertThat(NeedResolver.match("做新能源汽车的企业", "新能源汽车").span()).containsExactly(1, 6);
        assertThat(NeedResolver.match("动力电池企业", "高性能锂离子动力电池").tier()).isEqualTo(1);
        assertThat(NeedResolver.match("电池企业", "高性能锂离子动力电池").tier()).isZero();
        assertThat(NeedResolver.match("animation", "Animation and comics products").tier()).isEqualTo(3);
        assertThat(NeedResolver.match("anim", "Plug-in hybrid vehicles").tier()).isZero();
    }

    @Test
    void originsAreRecognisedByTheTable() {
        assertThat(FitRules.originsIn("Beijing, relocating").stream().map(FitRules.OriginRule::profile)).containsExactly("BEIJING");
        assertThat(FitRules.originsIn("德国企业").stream().map(FitRules.OriginRule::profile)).containsExactly("EUROPE");
        assertThat(FitRules.originsIn("an EU exporter").stream().map(FitRules.OriginRule::profile)).containsExactly("EUROPE", "FOREIGN");
        assertThat(FitRules.originsIn("南京")).isEmpty();
        assertThat(FitRules.originsIn("an important firm")).isEmpty();
        for (FitRules.OriginRule rule : FitRules.ORIGINS) {
            assertThat(rule.anchors()).allMatch(id -> id.startsWith("cooperationsystem:") || id.startsWith("strategy:"));
        }
    }

    @Test
    void weightsFollowTheDocumentedModel() {
        assertThat(FitRules.weight(FitRules.ReasonKind.BUILDS, null)).isEqualTo(0.6);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 1)).isEqualTo(0.15);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 2)).isEqualTo(0.135);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 20)).isEqualTo(0.075);
        // a direct tie outranks origin and layout together
        double originAndLayout = 1 - (1 - 0.35) * (1 - 0.15);
        assertThat(FitRules.ReasonKind.BUILDS.weight()).isGreaterThan(originAndLayout);
        assertThat(List.of(FitRules.ReasonKind.values())).hasSize(6);
    }
}
