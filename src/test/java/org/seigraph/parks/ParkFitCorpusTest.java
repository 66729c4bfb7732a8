package org.seigraph.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.SharedApp;
import org.seigraph.text.Stages;

/**
 * The judging corpus of park fit ({@code src/test/resources/parkfit/needs.tsv}): realistic needs with the parks the
 * plan ties to them, or a district-level answer, each justified by a sentence of the plan. The rule that makes a case
 * good is written in the file and applied here; at least 90% must be good and no case the plan covers may come back
 * empty. Also computes the ablation table of docs/text-understanding.md (full text only, + segmentation,
 * + synonyms, + vectors) into {@code target/text-understanding/ablation.md}; with {@code -Dablation.docs=true} it
 * rewrites the table in the docs between its markers.
 */
class ParkFitCorpusTest {

    record Case(String id, String lang, String need, String origin, String expect, List<String> expected, String plan) {
        boolean covered() {
            return !expect.equals("none");
        }
    }

    record Verdict(Case c, boolean good, boolean empty, String got) {
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ParkFitCorpusTest.class.getResourceAsStream("/parkfit/needs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                String expect = c[4].contains(":") ? c[4].substring(0, c[4].indexOf(':')).strip() : c[4].strip();
                List<String> expected = c[4].contains(":")
                        ? List.of(c[4].substring(c[4].indexOf(':') + 1).strip().split("\\s*\\|\\s*")) : List.of();
                cases.add(new Case(c[0], c[1], c[2], c[3], expect, expected, c[6]));
            }
        }
        return cases;
    }

    static Verdict judge(ParkFitService service, Case c, Stages stages) {
        ParkFitService.ParkFit fit = service.fit(new ParkNeedInput(c.need(), null, null,
                c.origin().isEmpty() ? null : c.origin(), 10), stages);
        List<ParkFitService.ParkMatch> m = fit.matches();
        NeedResolver.Resolution r = fit.resolution();
        List<String> parks = m.stream().map(x -> (String) x.park().get("name")).toList();
        List<String> areas = r.layout().stream().map(a -> (String) a.area().get("name")).toList();
        boolean good;
        switch (c.expect()) {
            case "parks" -> {
                int n = Math.min(c.expected().size(), 3);
                good = parks.size() >= 1 && !m.get(0).fit().equals("LAYOUT")
                        && parks.subList(0, Math.min(n, parks.size())).stream().allMatch(c.expected()::contains)
                        && parks.size() >= Math.min(n, 1);
            }
            case "district" -> good = !areas.isEmpty() && c.expected().contains(areas.get(0))
                    && m.stream().noneMatch(x -> x.fit().equals("DIRECT"));
            default -> good = m.stream().noneMatch(x -> x.fit().equals("DIRECT")) && !r.nearMatches().isEmpty();
        }
        boolean empty = m.isEmpty() && areas.isEmpty();
        String got = (parks.isEmpty() ? "no park" : String.join(" / ", parks.subList(0, Math.min(3, parks.size()))))
                + (m.isEmpty() ? "" : " [" + m.get(0).fit() + "]") + (areas.isEmpty() ? "" : "; areas " + String.join(" / ", areas))
                + (r.nearMatches().isEmpty() ? "" : "; near " + r.nearMatches().stream().limit(2)
                .map(x -> (String) x.entity().get("name")).toList());
        return new Verdict(c, good, empty, got);
    }

    @Test
    void atLeastNinetyPercentGoodAndNoneEmptyWhereThePlanCoversTheField() throws IOException {
        ParkFitService service = SharedApp.bean(ParkFitService.class);
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases.stream().filter(c -> c.lang().equals("zh")).count()).isGreaterThanOrEqualTo(60);
        assertThat(cases.stream().filter(c -> c.lang().equals("en")).count()).isGreaterThanOrEqualTo(20);
        String plan = planText();
        for (Case c : cases) {
            if (c.covered()) {
                assertThat(plan).as("the justification of %s is a sentence of the plan", c.id()).contains(c.plan());
            }
        }
        List<Verdict> verdicts = cases.stream().map(c -> judge(service, c, Stages.ALL)).toList();
        StringBuilder report = new StringBuilder("| id | need | expected | got | good |\n|---|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            report.append("| ").append(v.c().id()).append(" | ").append(v.c().need()).append(" | ").append(v.c().expect())
                    .append(": ").append(String.join(" / ", v.c().expected())).append(" | ").append(v.got()).append(" | ")
                    .append(v.good() ? "yes" : "**no**").append(" |\n");
        }
        write("corpus.md", report.toString());
        long good = verdicts.stream().filter(Verdict::good).count();
        List<String> bad = verdicts.stream().filter(v -> !v.good()).map(v -> v.c().id() + " " + v.c().need() + " → " + v.got()).toList();
        assertThat(verdicts.stream().filter(v -> v.c().covered() && v.empty()).map(v -> v.c().id()).toList())
                .as("cases the plan covers that came back empty").isEmpty();
        assertThat(100.0 * good / verdicts.size()).as("good: %d of %d; not good: %s", good, verdicts.size(), bad)
                .isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void ablationTableOfTheStages() throws IOException {
        ParkFitService service = SharedApp.bean(ParkFitService.class);
        List<Case> cases = corpus();
        Map<Stages, int[]> counts = new LinkedHashMap<>();
        for (Stages s : List.of(Stages.FULL_TEXT_ONLY, Stages.SEGMENTATION, Stages.SYNONYMS, Stages.ALL)) {
            int[] n = new int[6];
            for (Case c : cases) {
                Verdict v = judge(service, c, s);
                int lang = c.lang().equals("zh") ? 0 : 1;
                n[lang] += v.good() ? 1 : 0;
                n[2 + lang]++;
                n[4] += v.c().covered() && v.empty() ? 1 : 0;
                n[5] += v.good() ? 1 : 0;
            }
            counts.put(s, n);
        }
        StringBuilder table = new StringBuilder("| stages | good (all) | good, Chinese | good, English | covered but empty |\n"
                + "|---|---:|---:|---:|---:|\n");
        counts.forEach((s, n) -> table.append(String.format("| %s | %d/%d (%.0f %%) | %d/%d | %d/%d | %d |%n", s.label(), n[5],
                n[2] + n[3], 100.0 * n[5] / (n[2] + n[3]), n[0], n[2], n[1], n[3], n[4])));
        write("ablation.md", table.toString());
        int[] all = counts.get(Stages.ALL);
        int[] fullText = counts.get(Stages.FULL_TEXT_ONLY);
        assertThat(all[5]).as("the whole pipeline beats full text alone").isGreaterThan(fullText[5]);
        if (Boolean.getBoolean("ablation.docs")) {
            Path docs = Path.of("docs/text-understanding.md");
            String text = Files.readString(docs);
            String begin = "<!-- ablation:begin -->\n";
            String end = "<!-- ablation:end -->";
            int i = text.indexOf(begin);
            int j = text.indexOf(end);
            assertThat(i).as("markers in %s", docs).isNotNegative();
            Files.writeString(docs, text.substring(0, i + begin.length()) + table + text.substring(j));
        }
    }

    static String planText() throws IOException {
        return Files.readString(Path.of("import/source/tianjin-sei-13th-fyp-implementation-opinions.txt"));
    }

    static void write(String name, String content) throws IOException {
        Path dir = Path.of("target/text-understanding");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content);
    }
}
