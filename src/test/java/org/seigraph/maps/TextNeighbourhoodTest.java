package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

import tools.jackson.databind.JsonNode;

/**
 * The neighbourhood of 海洋工程装备 as the plan's sentence in 三(一) states it, written out here by hand, against the
 * subgraph query and the export:
 * <blockquote>海洋工程装备。发展海洋油气装备、临港机械、海水利用工程装备、海洋仪器设备等海洋工程装备，突破大型高倍浓缩多效蒸馏海水淡化等
 * 一批关键技术和产品。……搭建一批海洋科技创新平台，打造临港经济区、滨海高新区塘沽海洋科技园、东疆保税港区等海洋工程装备制造和服务
 * 集聚区。（市工业和信息化委、市科委、市发展改革委、市海洋局等市有关部门和有关区人民政府按职责分工负责）</blockquote>
 * and the heading it sits under, 高端装备与新材料. The placeholders 市有关部门 and 有关区人民政府 come only when asked for.
 */
class TextNeighbourhoodTest {

    private static final String CENTER = "subsector:海洋工程装备";
    private static final List<String> TYPES = List.of("HAS_SUBSECTOR", "DEVELOPS", "BUILDS", "HOSTS", "RESPONSIBLE_FOR");

    /** From the sentence: what it develops (发展 … 突破 …), the parks it builds (打造 …), the bureaus in their order. */
    private static final List<String> TECHNOLOGIES = List.of("海洋油气装备", "临港机械", "海水利用工程装备", "海洋仪器设备",
            "大型高倍浓缩多效蒸馏海水淡化");
    private static final List<String> PARKS = List.of("临港经济区", "滨海高新区塘沽海洋科技园", "东疆保税港区");
    private static final List<String> PLATFORMS = List.of("海洋科技创新平台");
    private static final List<String> BUREAUS = List.of("市工业和信息化委", "市科委", "市发展改革委", "市海洋局", "市有关部门",
            "有关区人民政府");
    private static final List<String> PLACEHOLDERS = List.of("市有关部门", "有关区人民政府");
    private static final String SECTOR = "高端装备与新材料";

    private final GraphQlTester graphQl = ExecutionGraphQlServiceTester.create(SharedApp.bean(ExecutionGraphQlService.class));

    /** The edges at the centre the sentence states, as "TYPE source->target". */
    private static Set<String> statedEdges(boolean withPlaceholders) {
        Set<String> edges = new java.util.TreeSet<>();
        edges.add("HAS_SUBSECTOR sector:" + SECTOR + "->" + CENTER);
        TECHNOLOGIES.forEach(t -> edges.add("DEVELOPS " + CENTER + "->technology:" + t));
        PARKS.forEach(p -> {
            edges.add("BUILDS " + CENTER + "->park:" + p);
            edges.add("HOSTS park:" + p + "->" + CENTER);
        });
        PLATFORMS.forEach(p -> edges.add("BUILDS " + CENTER + "->platform:" + p));
        BUREAUS.stream().filter(b -> withPlaceholders || !PLACEHOLDERS.contains(b))
                .forEach(b -> edges.add("RESPONSIBLE_FOR bureau:" + b + "->" + CENTER));
        return edges;
    }

    private static Map<String, String> statedNodes(boolean withPlaceholders) {
        Map<String, String> nodes = new LinkedHashMap<>();
        nodes.put(CENTER, "Subsector");
        nodes.put("sector:" + SECTOR, "Sector");
        TECHNOLOGIES.forEach(t -> nodes.put("technology:" + t, "Technology"));
        PARKS.forEach(p -> nodes.put("park:" + p, "Park"));
        PLATFORMS.forEach(p -> nodes.put("platform:" + p, "Platform"));
        BUREAUS.stream().filter(b -> withPlaceholders || !PLACEHOLDERS.contains(b)).forEach(b -> nodes.put("bureau:" + b, "Bureau"));
        return nodes;
    }

    @Test
    void subgraphIsTheNeighbourhoodTheSentenceStates() {
        GraphQlTester.Response response = graphQl.document("""
                query($ids: [ID!]!, $types: [String!]) { subgraph(ids: $ids, hops: 1, types: $types, includePlaceholders: true) {
                    nodes { id kind name depth }
                    edges { id source target type properties sources { section text } } } }""")
                .variable("ids", List.of(CENTER)).variable("types", TYPES).execute();
        response.errors().verify();
        List<Map<String, Object>> nodes = response.path("subgraph.nodes").entityList(MAP).get();
        List<Map<String, Object>> edges = response.path("subgraph.edges").entityList(MAP).get();

        Map<String, String> kinds = nodes.stream().collect(Collectors.toMap(n -> (String) n.get("id"), n -> (String) n.get("kind")));
        assertThat(kinds).as("the centre and everything the sentence relates it to, nothing else").isEqualTo(statedNodes(true));
        nodes.forEach(n -> assertThat(n.get("name")).as("names as written").isEqualTo(((String) n.get("id")).split(":", 2)[1]));
        assertThat(nodes.stream().filter(n -> n.get("id").equals(CENTER)).findFirst().orElseThrow().get("depth")).isEqualTo(0);

        Set<String> atCenter = edges.stream()
                .filter(e -> e.get("source").equals(CENTER) || e.get("target").equals(CENTER))
                .map(e -> e.get("type") + " " + e.get("source") + "->" + e.get("target"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(atCenter).isEqualTo(statedEdges(true));

        // the bureaus' ranks follow the parenthesis; the first named leads
        for (Map<String, Object> e : edges) {
            if (e.get("type").equals("RESPONSIBLE_FOR") && e.get("target").equals(CENTER)) {
                String bureau = ((String) e.get("source")).substring("bureau:".length());
                Map<?, ?> props = (Map<?, ?>) e.get("properties");
                assertThat(((Number) props.get("rank")).intValue()).as(bureau).isEqualTo(BUREAUS.indexOf(bureau) + 1);
                assertThat(props.get("lead")).as(bureau).isEqualTo(bureau.equals("市工业和信息化委"));
            }
            if (e.get("type").equals("DEVELOPS") && e.get("source").equals(CENTER)) {
                List<?> sources = (List<?>) e.get("sources");
                assertThat(sources).as("evidence of " + e.get("id")).isNotEmpty();
                Map<?, ?> source = (Map<?, ?>) sources.get(0);
                assertThat(source.get("section")).isEqualTo("三(一)");
                String target = ((String) e.get("target")).substring("technology:".length());
                assertThat((String) source.get("text")).as("the sentence names " + target).contains(target);
            }
        }
    }

    @Test
    void theExportHoldsTheSameNeighbourhood() {
        StringBuilder url = new StringBuilder("/api/export?format=cytoscape&hops=1&center=")
                .append(java.net.URLEncoder.encode(CENTER, java.nio.charset.StandardCharsets.UTF_8)).append("&types=")
                .append(String.join(",", TYPES));
        RawHttp.Response export = new RawHttp(SharedApp.port()).send("GET", url.toString(), null);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode elements = export.json().get("elements");
        Map<String, String> kinds = new LinkedHashMap<>();
        elements.get("nodes").forEach(n -> kinds.put(n.at("/data/id").asString(), n.get("classes").asString()));
        // by default without the placeholders, as every answer
        assertThat(kinds).isEqualTo(statedNodes(false));
        Set<String> atCenter = new java.util.TreeSet<>();
        elements.get("edges").forEach(e -> {
            String source = e.at("/data/source").asString();
            String target = e.at("/data/target").asString();
            if (source.equals(CENTER) || target.equals(CENTER)) {
                atCenter.add(e.get("classes").asString() + " " + source + "->" + target);
            }
        });
        assertThat(atCenter).isEqualTo(statedEdges(false));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
