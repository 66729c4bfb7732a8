package org.seigraph.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.text.NameMatch;

/** The pieces of need resolution that need no graph: name matching tiers, the origin table, weights. */
class ParkFitTextMatchTest {

    @Test
    void originWordsAreTakenOutOfTheText() {
        assertThat(FitRules.withoutOriginWords("北京一家做新能源汽车动力电池的企业")).isEqualTo(" 一家做新能源汽车动力电池的企业");
        assertThat(FitRules.withoutOriginWords("European advanced manufacturing")).isEqualTo("  advanced manufacturing");
        assertThat(FitRules.withoutOriginWords("software company relocating from Beijing").strip()).isEqualTo("software company   from");
        assertThat(FitRules.withoutOriginWords("美国独资的工业机器人企业")).isEqualTo("  的工业机器人企业");
    }

    @Test
    void namesMatchTermsInTiers() {
        assertThat(NameMatch.of("石墨烯", "石墨烯").tier()).isEqualTo(4);
        assertThat(NameMatch.of("锂离子动力电池", "高性能锂离子动力电池").tier()).isEqualTo(3);
        assertThat(NameMatch.of("做新能源汽车的企业", "新能源汽车").tier()).isEqualTo(2);
        assertThat(NameMatch.of("做新能源汽车的企业", "新能源汽车").span()).containsExactly(1, 6);
        assertThat(NameMatch.of("动力电池企业", "高性能锂离子动力电池").tier()).isEqualTo(1);
        assertThat(NameMatch.of("电池企业", "高性能锂离子动力电池").tier()).isZero();
        assertThat(NameMatch.of("animation", "Animation and comics products").tier()).isEqualTo(3);
        assertThat(NameMatch.of("anim", "Plug-in hybrid vehicles").tier()).isZero();
        // a Latin term starts a word of the name: after the start or a non-word character, never inside a word
        assertThat(NameMatch.of("comics", "Animation and comics products").tier()).isEqualTo(3);
        assertThat(NameMatch.of("hybrid", "Plug-in hybrid vehicles").tier()).isEqualTo(3);
        assertThat(NameMatch.of("in", "Plug-in hybrid vehicles").tier()).isEqualTo(3);
        assertThat(NameMatch.of("ehicles", "Plug-in hybrid vehicles").tier()).isZero();
        assertThat(NameMatch.of("5g", "5G communications").tier()).isEqualTo(3);
        // not all word characters (u.s.): the name's words decide, and none of them starts with it
        assertThat(NameMatch.of("u.s.", "U.S. trade").tier()).isZero();
        // four shared characters cannot fit in a shorter term or name
        assertThat(NameMatch.of("动力电池", "电池").tier()).isEqualTo(2);
        assertThat(NameMatch.of("锂电", "高性能锂离子动力电池").tier()).isZero();
    }

    @Test
    void originsAreRecognisedByTheTable() {
        assertThat(profiles("Beijing, relocating")).containsExactly("BEIJING");
        assertThat(profiles("德国企业")).containsExactly("EUROPE");
        assertThat(profiles("an EU exporter")).containsExactly("EUROPE", "FOREIGN");
        assertThat(profiles("南京")).containsExactly("DOMESTIC");
        assertThat(profiles("上海一家企业")).containsExactly("DOMESTIC");
        assertThat(profiles("河北唐山")).containsExactly("HEBEI");
        assertThat(profiles("香港投资")).containsExactly("HMT");
        assertThat(profiles("台资企业")).containsExactly("HMT");
        assertThat(profiles("美国独资")).containsExactly("FOREIGN");
        assertThat(profiles("日本的新材料企业")).containsExactly("FOREIGN");
        assertThat(profiles("中外合资")).containsExactly("FOREIGN");
        assertThat(profiles("a joint venture with a Korean group")).containsExactly("FOREIGN");
        assertThat(profiles("an important firm")).isEmpty();
        assertThat(profiles("help us grow")).isEmpty();
        for (FitRules.OriginRule rule : FitRules.ORIGINS) {
            assertThat(rule.anchors()).allMatch(id -> id.startsWith("cooperationsystem:") || id.startsWith("strategy:"));
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.descriptionZh()).isNotBlank();
        }
    }

    private static List<String> profiles(String text) {
        return FitRules.originsIn(text).stream().map(FitRules.OriginRule::profile).toList();
    }

    @Test
    void weightsFollowTheDocumentedModel() {
        assertThat(FitRules.weight(FitRules.ReasonKind.BUILDS, null)).isEqualTo(0.6);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 1)).isEqualTo(0.15);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 2)).isEqualTo(0.135);
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 20)).isEqualTo(0.075);
        // a district reached through a curated mapping counts less than one naming the sector outright
        assertThat(FitRules.weight(FitRules.ReasonKind.LAYOUT, 1, true)).isEqualTo(0.09);
        // a direct tie outranks origin and layout together; naming a park outranks any tie
        double originAndLayout = 1 - (1 - 0.35) * (1 - 0.15);
        assertThat(FitRules.ReasonKind.BUILDS.weight()).isGreaterThan(originAndLayout);
        assertThat(FitRules.ReasonKind.DISTRICT.weight()).isGreaterThan(originAndLayout);
        assertThat(FitRules.ReasonKind.NAMED.weight()).isGreaterThan(FitRules.ReasonKind.BUILDS.weight());
        assertThat(List.of(FitRules.ReasonKind.values())).hasSize(8);
        assertThat(ParkFitService.fitOf(List.of(FitRules.ReasonKind.LAYOUT))).isEqualTo("LAYOUT");
        assertThat(ParkFitService.fitOf(List.of(FitRules.ReasonKind.ORIGIN, FitRules.ReasonKind.LAYOUT))).isEqualTo("ORIGIN");
        assertThat(ParkFitService.fitOf(List.of(FitRules.ReasonKind.DISTRICT, FitRules.ReasonKind.ORIGIN))).isEqualTo("DIRECT");
    }
}
