package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Longest match, word boundaries and the derived forms of the lexicon. */
class LexiconTest {

    private static Lexicon.Entry e(String id, String kind, String name, String nameEn) {
        return new Lexicon.Entry(id, kind, name, nameEn, null);
    }

    private final Lexicon lexicon = Lexicon.of(List.of(
            e("subsector:新能源", "Subsector", "新能源", "New energy"),
            e("subsector:新能源汽车", "Subsector", "新能源汽车", "New-energy vehicles"),
            e("bureau:市科委", "Bureau", "市科委", "Municipal Science and Technology Commission"),
            e("district:武清区", "District", "武清区", "Wuqing District"),
            e("park:武清中欧产业园", "Park", "武清中欧产业园", "Wuqing China-EU Industrial Park"),
            e("technology:无人机", "Technology", "无人机", "Unmanned aerial vehicles"),
            e("subsector:大数据产业", "Subsector", "大数据产业", "Big-data industry"),
            e("industry:大数据", "Industry", "大数据", "Big data")),
            Map.of(), List.of(new Lexicon.Synonym("drone", "technology:无人机", "synonyms.csv:19")));

    private List<String> found(String text) {
        return lexicon.mentions(Normalizer.normalize(text)).stream().map(Lexicon.Mention::surface).toList();
    }

    @Test
    void theLongestNameWins() {
        assertThat(found("新能源汽车和新能源")).containsExactly("新能源汽车", "新能源");
        assertThat(found("武清中欧产业园在武清区")).containsExactly("武清中欧产业园", "武清区");
    }

    @Test
    void latinNamesMatchWholeWordsOnly() {
        assertThat(found("a drone maker")).containsExactly("drone");
        assertThat(found("drones")).isEmpty();
        assertThat(found("new energy vehicles and new energy")).containsExactly("new energy vehicles", "new energy");
        assertThat(found("renew energy")).isEmpty();
    }

    @Test
    void derivedFormsFollowFixedRules() {
        assertThat(found("科委")).containsExactly("科委");
        assertThat(lexicon.named("科委")).extracting(Lexicon.Entry::id).containsExactly("bureau:市科委");
        assertThat(lexicon.named("science and technology commission")).extracting(Lexicon.Entry::id).containsExactly("bureau:市科委");
        assertThat(lexicon.named("武清")).extracting(Lexicon.Entry::id).containsExactly("district:武清区");
        assertThat(lexicon.named("new energy vehicle")).extracting(Lexicon.Entry::id).containsExactly("subsector:新能源汽车");
        // 大数据 is the industry's name and the sub-sector 大数据产业 without 产业: both senses are kept
        assertThat(lexicon.named("大数据")).extracting(Lexicon.Entry::id)
                .containsExactlyInAnyOrder("industry:大数据", "subsector:大数据产业");
    }
}
