package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The curated synonyms: every row sourced and pointing at an entity of the graph; found in texts as written. */
class SynonymsTest {

    private final Synonyms synonyms = new Synonyms(Synonyms.read(new ClassPathResource("import/curated/synonyms.csv")));

    @Test
    void everyRowHasASourceAndATargetInTheGraph() {
        List<Synonyms.Row> rows = synonyms.rows();
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).startsWith("curated"));
        Set<String> targets = new java.util.TreeSet<>();
        rows.forEach(r -> targets.add(r.target()));
        Map<String, Map<String, Object>> found = SharedApp.bean(org.seigraph.graph.EntityReader.class).byIds(targets);
        assertThat(targets).as("targets missing from the graph").allSatisfy(t -> assertThat(found).containsKey(t));
    }

    @Test
    void chineseTermsAnywhereLatinTermsAsWholeWords() {
        assertThat(targets("一家做锂电池正极材料的企业")).containsExactly("technology:高性能锂离子动力电池", "technology:新型能源材料");
        assertThat(targets("a drone maker")).containsExactly("technology:无人机");
        assertThat(targets("dronemaker")).isEmpty();
        assertThat(targets("Cloud Computing data center")).containsExactly("subsector:大数据产业");
        // the longer term wins where two overlap: 网络游戏, not also 游戏
        assertThat(synonyms.find("网络游戏和动漫制作").stream().map(f -> f.row().term()).toList()).containsExactly("网络游戏", "动漫");
        assertThat(synonyms.find("北京中关村一家基础软件公司想搬到宝坻").get(0).row().cite()).startsWith("synonyms.csv:").contains("宝坻 → district:宝坻区");
    }

    @Test
    void aRowWithoutSourceIsRefused() {
        assertThatThrownBy(() -> Synonyms.read(new ByteArrayResource("term,target,source\n锂电池,technology:x,\n".getBytes())))
                .hasMessageContaining("line 2").hasMessageContaining("source");
    }

    private List<String> targets(String text) {
        return synonyms.find(text).stream().map(f -> f.row().target()).distinct().toList();
    }
}
