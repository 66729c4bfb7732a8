package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * When the short first list of full-text candidates is kept: only when namesakes fill it (four or more per distinct
 * set of names), as at scale, where every topic name has thousands; a list of different names asks for the longer one.
 */
class FullTextCandidatesTest {

    @Test
    void theFirstListIsFourPerMatchWantedAtLeastFortyAtMostTheFullList() {
        assertThat(Retriever.fewCandidates(1)).isEqualTo(40);
        assertThat(Retriever.fewCandidates(10)).isEqualTo(40);
        assertThat(Retriever.fewCandidates(30)).isEqualTo(120);
        assertThat(Retriever.fewCandidates(60)).isEqualTo(Retriever.FULLTEXT_CANDIDATES);
    }

    @Test
    void namesakesFillTheListAtFourPerSetOfNames() {
        assertThat(Retriever.namesakesFill(rows(40, 10))).isTrue();
        assertThat(Retriever.namesakesFill(rows(40, 1))).isTrue();
        assertThat(Retriever.namesakesFill(rows(40, 11))).isFalse();
        assertThat(Retriever.namesakesFill(rows(40, 40))).isFalse();
    }

    @Test
    void namesakesShareNameEnglishNameAndAliases() {
        Map<String, Object> a = entity("technology:c0001/石墨烯", "石墨烯", "Graphene", List.of("石墨烯材料"));
        Map<String, Object> b = entity("technology:石墨烯", "石墨烯", "Graphene", List.of("石墨烯材料"));
        Map<String, Object> otherAlias = entity("technology:c0002/石墨烯", "石墨烯", "Graphene", List.of());
        Map<String, Object> noAliases = entity("technology:c0003/石墨烯", "石墨烯", "Graphene", null);
        assertThat(Retriever.nameKey(a)).isEqualTo(Retriever.nameKey(b));
        assertThat(Retriever.nameKey(a)).isNotEqualTo(Retriever.nameKey(otherAlias));
        assertThat(Retriever.nameKey(otherAlias)).isEqualTo(Retriever.nameKey(noAliases));
    }

    /** {@code n} rows over {@code distinct} sets of names, in turn. */
    private static List<Map<String, Object>> rows(int n, int distinct) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(entity("technology:c" + i + "/x", "名称" + (i % distinct), null, List.of()));
        }
        return out;
    }

    private static Map<String, Object> entity(String id, String name, String nameEn, List<String> aliases) {
        Map<String, Object> e = new HashMap<>(Map.of("id", id, "name", name));
        e.put("nameEn", nameEn); // may be null, as in the graph
        e.put("aliases", aliases);
        return e;
    }
}
