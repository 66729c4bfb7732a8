package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;

/** Names for ids against the loaded plan (the resolver alone; RefArgumentsTest goes through GraphQL). */
class EntityRefsTest {

    private final EntityRefs refs = SharedApp.bean(EntityRefs.class);

    private static ApiException failure(Runnable r) {
        try {
            r.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }

    @Test
    void aNameAnEnglishNameAnAliasOrAnIdWrittenAnotherWayIsTheEntity() {
        EntityRefs.Target any = EntityRefs.Target.any("id");
        assertThat(refs.resolve("海洋工程装备", any)).isEqualTo("subsector:海洋工程装备");
        assertThat(refs.resolve("marine engineering equipment", any)).isEqualTo("subsector:海洋工程装备");
        assertThat(refs.resolve("Graphene", any)).isEqualTo("technology:石墨烯");
        assertThat(refs.resolve("国家自主创新示范区", any)).isEqualTo("park:天津国家自主创新示范区"); // an alias
        assertThat(refs.resolve("\"互联网+\"产业", any)).isEqualTo("subsector:“互联网＋”产业");
        assertThat(refs.resolve("subsector:\"互联网+\"产业", any)).isEqualTo("subsector:“互联网＋”产业");
        assertThat(refs.resolve("bureau:市海洋局", any)).isEqualTo("bureau:市海洋局");
    }

    @Test
    void theArgumentsKindsDecideInTheirOrder() {
        assertThat(refs.resolve("滨海新区", EntityRefs.Target.of("district", "District", "Area"))).isEqualTo("district:滨海新区");
        assertThat(refs.resolve("环城四区", EntityRefs.Target.of("district", "District", "Area"))).isEqualTo("area:环城四区");
        assertThat(refs.resolve("智能制造", EntityRefs.Target.of("subject", "Subsector", "Measure"))).isEqualTo("subsector:智能制造");
        assertThat(refs.resolve("加强统筹推进", EntityRefs.Target.of("subject", "Subsector", "Measure"))).isEqualTo("measure:七(一)");
    }

    @Test
    void severalMatchesAreABadRequestListingThem() {
        ApiException e = failure(() -> refs.resolve("智能制造", EntityRefs.Target.any("id")));
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(e.getMessage()).contains("technology:智能制造", "subsector:智能制造", "industry:智能制造");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) e.details().get("candidates");
        assertThat(candidates).extracting(c -> c.get("kind")).containsExactlyInAnyOrder("Technology", "Subsector", "Industry");
        assertThat(candidates).allSatisfy(c -> assertThat(c.get("name")).isEqualTo("智能制造"));
    }

    @Test
    void aNameOfAnotherKindIsABadRequestAnIdOfAnotherKindIsPassedOn() {
        ApiException name = failure(() -> refs.resolve("海洋工程装备", EntityRefs.Target.of("bureau", "Bureau")));
        assertThat(name.code()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(name.getMessage()).contains("subsector:海洋工程装备").contains("takes a Bureau");
        // as before names: the field answers an existing id of another kind (an empty list)
        assertThat(refs.resolve("subsector:海洋工程装备", EntityRefs.Target.of("bureau", "Bureau"))).isEqualTo("subsector:海洋工程装备");
    }

    @Test
    void noMatchIsNotFoundWithTheClosestNames() {
        ApiException typo = failure(() -> refs.resolve("市海洋厅", EntityRefs.Target.of("bureau", "Bureau")));
        assertThat(typo.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(suggested(typo)).first().isEqualTo("bureau:市海洋局");
        assertThat(typo.getMessage()).contains("Did you mean", "市海洋局");
        assertThat(suggested(failure(() -> refs.resolve("subsector:海洋工程装被", EntityRefs.Target.any("id")))))
                .first().isEqualTo("subsector:海洋工程装备");
        assertThat(suggested(failure(() -> refs.resolve("grafene", EntityRefs.Target.any("id"))))).contains("technology:石墨烯");
        assertThat(suggested(failure(() -> refs.resolve("*:*", EntityRefs.Target.any("id"))))).isEmpty();
    }

    @Test
    void unknownIdsPassWhereTheFieldAnswersThem() {
        EntityRefs.Target node = new EntityRefs.Target("id", List.of(), true);
        assertThat(refs.resolve("park:nowhere", node)).isEqualTo("park:nowhere");
        assertThat(failure(() -> refs.resolve("nowhere at all", node)).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(failure(() -> refs.resolve("park:nowhere", EntityRefs.Target.any("id"))).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void tooManyNamesInOneArgumentAreRefused() {
        List<String> names = java.util.Collections.nCopies(EntityRefs.MAX_NAMES + 1, "石墨烯");
        assertThat(failure(() -> refs.resolveAll(names, EntityRefs.Target.any("ids"))).code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
        assertThat(refs.resolveAll(java.util.Collections.nCopies(50, "technology:石墨烯"), EntityRefs.Target.any("ids"))).hasSize(50);
    }

    @Test
    void editDistanceAndSimilarity() {
        assertThat(EntityRefs.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(EntityRefs.editDistance("", "abc")).isEqualTo(3);
        assertThat(EntityRefs.similarity("市海洋局", List.of("市海洋局"))).isEqualTo(1.0);
        assertThat(EntityRefs.similarity("市海洋厅", List.of("市海洋局"))).isEqualTo(0.75);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> suggested(ApiException e) {
        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        return ((List<Map<String, Object>>) e.details().get("suggestions")).stream().map(s -> s.get("id")).toList();
    }
}
