package org.seigraph.maps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.seigraph.entity.EntityRefs;
import org.seigraph.web.ApiException;
import org.seigraph.graph.GraphView;
import org.seigraph.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/export?format=cytoscape|echarts|graphml|gexf[&center=ID&hops=N&kinds=K,…&types=T,…&placeholders=B]}:
 * the whole graph, or the neighbourhood of one or more {@code center} nodes (repeat the parameter), as a
 * download; a center may be given by name. MENTIONS are left out unless {@code types} names them; the placeholder
 * bureaus are in the whole graph and out of a neighbourhood unless {@code placeholders} says otherwise. Errors are
 * the usual REST error JSON.
 *
 * <p>{@code POST /api/export} takes the same as JSON ({@code {"format", "ids", "hops", "kinds", "types", "limit",
 * "placeholders", "positions": {id: {x, y}}}}): the map page exports its current view that way (all its node ids,
 * hops 0, the positions on screen), which would not fit in a URL. Nodes without a given position get the server layout's.
 */
@RestController
class ExportController {

    private final SubgraphService subgraphs;
    private final JsonMapper json;
    private final EntityRefs refs;

    ExportController(SubgraphService subgraphs, JsonMapper json, EntityRefs refs) {
        this.subgraphs = subgraphs;
        this.json = json;
        this.refs = refs;
    }

    @GetMapping("/api/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
                                  @RequestParam(required = false) Integer hops,
                                  @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Boolean placeholders,
                                  HttpServletRequest request) {
        ExportFormat f = ExportFormat.parse(format);
        // read center ids raw: Spring would split a single value on commas, and ids may hold commas
        String[] centerValues = request.getParameterValues("center");
        List<String> centers = centerValues == null ? List.of()
                : refs.resolveAll(Arrays.stream(centerValues).filter(c -> !c.isBlank()).toList(), EntityRefs.Target.any("center"));
        List<String> kinds = list(request.getParameterValues("kinds"));
        List<String> types = list(request.getParameterValues("types"));
        GraphView graph = centers.isEmpty()
                ? subgraphs.whole(kinds, types, placeholders)
                : subgraphs.subgraph(new SubgraphService.Request(centers, hops == null ? 2 : hops, kinds, types, limit, placeholders));
        return answer(f, graph, Map.of(), fileName(centers, centers.isEmpty() ? null : (hops == null ? 2 : hops)));
    }

    /** The body of {@code POST /api/export}. */
    record ExportRequest(String format, List<String> ids, Integer hops, List<String> kinds, List<String> types,
                         Integer limit, Boolean placeholders, Map<String, Map<String, Double>> positions) {
    }

    @PostMapping(path = "/api/export", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportPosted(@RequestBody ExportRequest request) {
        ExportFormat f = ExportFormat.parse(request.format());
        if (request.ids() == null || request.ids().isEmpty()) {
            throw ApiException.badRequest("'ids' must name at least one node");
        }
        int hops = request.hops() == null ? 0 : request.hops();
        List<String> ids = refs.resolveAll(request.ids(), EntityRefs.Target.any("ids"));
        GraphView graph = subgraphs.subgraph(new SubgraphService.Request(ids, hops, request.kinds(),
                request.types(), request.limit(), request.placeholders()));
        Map<String, GraphLayout.Point> given = new HashMap<>();
        if (request.positions() != null) {
            request.positions().forEach((id, p) -> {
                if (p != null && p.get("x") != null && p.get("y") != null
                        && Double.isFinite(p.get("x")) && Double.isFinite(p.get("y"))) {
                    given.put(id, new GraphLayout.Point(p.get("x"), p.get("y")));
                }
            });
        }
        return answer(f, graph, given, "sei-graph-view");
    }

    private ResponseEntity<byte[]> answer(ExportFormat f, GraphView graph, Map<String, GraphLayout.Point> given, String baseName) {
        Map<String, GraphLayout.Point> positions = new HashMap<>(graph.nodes().stream().allMatch(n -> given.containsKey(n.id()))
                ? Map.of() : GraphLayout.of(graph));
        positions.putAll(given);
        byte[] body = switch (f) {
            case CYTOSCAPE -> json.writeValueAsBytes(GraphExports.cytoscape(graph, positions));
            case ECHARTS -> json.writeValueAsBytes(GraphExports.echarts(graph, positions));
            case GRAPHML -> xml(out -> GraphExports.graphml(graph, positions, out));
            case GEXF -> xml(out -> GraphExports.gexf(graph, positions, out));
        };
        String name = baseName + "." + f.extension();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(f.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(name))
                .header("X-Graph-Nodes", Integer.toString(graph.nodes().size()))
                .header("X-Graph-Edges", Integer.toString(graph.edges().size()))
                .body(body);
    }

    private static byte[] xml(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writer.accept(out);
        return out.toByteArray();
    }

    private static List<String> list(String[] values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    static String fileName(List<String> centers, Integer hops) {
        if (centers.isEmpty()) {
            return "sei-graph";
        }
        String center = Downloads.safePart(centers.get(0)) + (centers.size() > 1 ? "_and_more" : "");
        return "sei-graph-" + center + "-" + hops + "hops";
    }

    static String contentDisposition(String name) {
        return Downloads.contentDisposition(name);
    }
}
