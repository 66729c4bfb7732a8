package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void quotesPlusSignsAndWidthsDoNotMatter() {
        String asWritten = NameKey.of("“互联网＋”产业");
        assertThat(NameKey.of("\"互联网+\"产业")).isEqualTo(asWritten);
        assertThat(NameKey.of("互联网+产业")).isEqualTo(asWritten);
        assertThat(NameKey.of("「互联网＋」产业")).isEqualTo(asWritten);
        assertThat(NameKey.of("“1＋16”承接体系")).isEqualTo(NameKey.of("1+16承接体系"));
        assertThat(NameKey.of("３Ｄ打印")).isEqualTo(NameKey.of("3D打印"));
        assertThat(NameKey.of("8–12英寸")).isEqualTo(NameKey.of("8-12英寸"));
    }

    @Test
    void caseAndSpacesDoNotMatterButLettersDo() {
        assertThat(NameKey.of("  Marine   Engineering Equipment ")).isEqualTo(NameKey.of("marine engineering equipment"));
        assertThat(NameKey.of("海洋 工程装备")).isEqualTo(NameKey.of("海洋工程装备"));
        assertThat(NameKey.of("marineengineering")).isNotEqualTo(NameKey.of("marine engineering"));
        assertThat(NameKey.of("海洋工程装备")).isNotEqualTo(NameKey.of("海洋工程设备"));
    }

    @Test
    void searchWordsHoldNoLuceneSyntax() {
        assertThat(NameKey.searchWords("石墨烯 AND (*:* OR name:/.*/)~2^9 \"x\"")).isEqualTo("石墨烯 and or name 2 9 x");
        assertThat(NameKey.searchWords("“互联网＋”产业")).isEqualTo("互联网 产业");
        assertThat(NameKey.searchWords("\u0000*?")).isEmpty();
    }
}
