package org.seigraph.maps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.seigraph.graph.GraphView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/export?format=cytoscape|echarts|graphml|gexf[&center=ID&hops=N&kinds=K,…&types=T,…&placeholders=B]}:
 * the whole graph, or the neighbourhood of one or more {@code center} nodes (repeat the parameter), as a
 * download. MENTIONS are left out unless {@code types} names them; the placeholder bureaus are in the whole graph
 * and out of a neighbourhood unless {@code placeholders} says otherwise. Errors are the usual REST error JSON.
 */
@RestController
class ExportController {

    private final SubgraphService subgraphs;
    private final JsonMapper json;

    ExportController(SubgraphService subgraphs, JsonMapper json) {
        this.subgraphs = subgraphs;
        this.json = json;
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
                : Arrays.stream(centerValues).filter(c -> !c.isBlank()).toList();
        List<String> kinds = list(request.getParameterValues("kinds"));
        List<String> types = list(request.getParameterValues("types"));
        GraphView graph = centers.isEmpty()
                ? subgraphs.whole(kinds, types, placeholders)
                : subgraphs.subgraph(new SubgraphService.Request(centers, hops == null ? 2 : hops, kinds, types, limit, placeholders));
        byte[] body = switch (f) {
            case CYTOSCAPE -> json.writeValueAsBytes(GraphExports.cytoscape(graph));
            case ECHARTS -> json.writeValueAsBytes(GraphExports.echarts(graph));
            case GRAPHML -> xml(out -> GraphExports.graphml(graph, out));
            case GEXF -> xml(out -> GraphExports.gexf(graph, out));
        };
        String name = fileName(centers, centers.isEmpty() ? null : (hops == null ? 2 : hops)) + "." + f.extension();
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
        String center = centers.get(0).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + (centers.size() > 1 ? "_and_more" : "");
        return "sei-graph-" + center + "-" + hops + "hops";
    }

    /** RFC 6266: an ASCII {@code filename} for old clients and the exact UTF-8 name as {@code filename*} (RFC 5987). */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]+", "").replaceAll("[\"\\\\]", "_").replaceAll("_{2,}", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
