package org.seigraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.seigraph.support.MarkedBlocks;

/**
 * Every relative link of the project's Markdown (README, docs/, bench/, import/) points at a file that exists, and a
 * link to a heading ({@code file.md#heading}) at a heading that exists, with GitHub's anchor rules.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void relativeLinksResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> files = markdownFiles();
        assertThat(files).as("Markdown files").contains(Path.of("README.md"));
        for (Path file : files) {
            Matcher link = LINK.matcher(prose(MarkedBlocks.read(file)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: … are not ours to check here
                }
                int hash = target.indexOf('#');
                String pathPart = hash < 0 ? target : target.substring(0, hash);
                Path resolved = pathPart.isEmpty() ? file
                        : file.resolveSibling(URLDecoder.decode(pathPart, StandardCharsets.UTF_8)).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(file + ": " + target + " (no " + resolved + ")");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(file + ": " + target + " (no such heading in " + resolved + ")");
                }
            }
        }
        assertThat(broken).as("broken relative links").isEmpty();
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String dir : List.of("docs", "bench", "import", "cypher")) {
            if (!Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".md"))
                        .filter(p -> !p.toString().contains("node_modules"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The text without code blocks and inline code, where brackets and parentheses are not links. */
    private static String prose(String markdown) {
        return CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    }

    /** GitHub's heading anchors: lower case, punctuation dropped (letters, digits, '-', '_' and spaces kept), spaces as '-'. */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new TreeSet<>();
        Matcher h = HEADING.matcher(FENCE.matcher(MarkedBlocks.read(file)).replaceAll(""));
        while (h.find()) {
            anchors.add(h.group(1).strip().toLowerCase().replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
