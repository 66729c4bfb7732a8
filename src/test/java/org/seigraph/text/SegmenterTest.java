package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word segmentation with the user dictionary, and the plain runs full text sees without it. */
class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void cutsTheWordsTheNeedsAreMadeOf() {
        assertThat(words("动漫游戏开发")).containsExactly("动漫", "游戏", "开发");
        assertThat(words("云计算数据中心")).containsExactly("云计算", "数据中心");
        segmenter.addWords(List.of("海工装备", "东疆保税港区"));
        assertThat(words("做海工装备的民营企业")).contains("海工装备");
        assertThat(words("我想在东疆保税港区注册一家融资租赁公司")).contains("东疆保税港区");
        assertThat(segmenter.knows("海工装备")).isTrue();
        // Latin words lower-cased, punctuation dropped, offsets kept
        List<Token> tokens = segmenter.segment("生物医药CRO，drone");
        assertThat(tokens.stream().map(Token::word)).contains("cro", "drone").doesNotContain("，");
        Token drone = tokens.stream().filter(t -> t.word().equals("drone")).findFirst().orElseThrow();
        assertThat("生物医药CRO，drone".substring(drone.start(), drone.end())).isEqualTo("drone");
    }

    @Test
    void withoutSegmentationAClauseIsOneTerm() {
        assertThat(Segmenter.runs("动漫游戏开发 for mobile").stream().map(Token::word)).containsExactly("动漫游戏开发", "for", "mobile");
        assertThat(Terms.of(Segmenter.runs("an animation studio"))).containsExactly("animation");
        assertThat(Terms.of(segmenter.segment("一家做锂电池正极材料的企业想在天津落地"))).doesNotContain("一家", "企业", "天津", "的");
    }

    private List<String> words(String text) {
        return segmenter.segment(text).stream().map(Token::word).toList();
    }
}
