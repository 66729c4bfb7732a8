import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.WordDictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts the Chinese needs of src/test/resources/parkfit/needs.tsv with each candidate, with and without the graph's
 * names, aliases and curated synonym terms as a user dictionary, and reports: keyword recall (a keyword of the
 * corpus comes out as one token), needs whose every keyword comes out whole, time to first result (class loading
 * and dictionaries), time per need once warm, and jar size.
 */
public class SegmenterMeasure {

    record Need(String id, String text, List<String> keywords) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path m2 = Path.of(args[1]);
        List<Need> needs = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("src/test/resources/parkfit/needs.tsv"))) {
            if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            if (!c[1].equals("zh") || c[5].isBlank()) continue;
            needs.add(new Need(c[0], c[2], List.of(c[5].split(" "))));
        }
        Set<String> dict = dictionary(root);
        int keywords = needs.stream().mapToInt(n -> n.keywords().size()).sum();
        System.out.println(needs.size() + " Chinese needs, " + keywords + " keywords; user dictionary: " + dict.size()
                + " graph names, aliases and synonym terms");
        System.out.println();
        System.out.println("| segmenter | user dictionary | keyword recall | needs cut fully right | first result ms | µs per need (warm) | jar MB |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");

        // each library's own (global) dictionary state: without the user dictionary first, then with it
        long t0 = System.nanoTime();
        Function<String, List<String>> hanlp = s -> HanLP.segment(s).stream().map(t -> t.word).toList();
        hanlp.apply("锂电池");
        long hanlpInit = System.nanoTime() - t0;
        report("HanLP portable-1.8.6 (viterbi)", "no", needs, hanlp, hanlpInit, jar(m2, "com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"));
        t0 = System.nanoTime();
        dict.forEach(w -> CustomDictionary.insert(w, "nz 1024"));
        report("HanLP portable-1.8.6 (viterbi)", "yes", needs, hanlp, hanlpInit + System.nanoTime() - t0,
                jar(m2, "com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"));

        com.hankcs.hanlp.seg.Segment forcing = HanLP.newSegment().enableCustomDictionaryForcing(true);
        Function<String, List<String>> hanlpForcing = s -> forcing.seg(s).stream().map(t -> t.word).toList();
        report("HanLP portable-1.8.6 (viterbi, dictionary forced)", "yes", needs, hanlpForcing, hanlpInit + System.nanoTime() - t0,
                jar(m2, "com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar"));

        t0 = System.nanoTime();
        Analyzer smart = new SmartChineseAnalyzer();
        Function<String, List<String>> smartcn = s -> lucene(smart, s);
        smartcn.apply("锂电池");
        report("Lucene SmartChineseAnalyzer 9.11.1", "not supported", needs, smartcn, System.nanoTime() - t0,
                jar(m2, "org/apache/lucene/lucene-analysis-smartcn/9.11.1/lucene-analysis-smartcn-9.11.1.jar"));

        t0 = System.nanoTime();
        JiebaSegmenter jieba = new JiebaSegmenter();
        Function<String, List<String>> jb = s -> jieba.process(s, JiebaSegmenter.SegMode.SEARCH).stream().map(t -> t.word).toList();
        jb.apply("锂电池");
        long jiebaInit = System.nanoTime() - t0;
        report("jieba-analysis 1.0.2 (search mode)", "no", needs, jb, jiebaInit, jar(m2, "com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar"));
        t0 = System.nanoTime();
        Path userDict = Files.createTempFile("userdict", ".dict");
        Files.write(userDict, dict.stream().filter(w -> !w.contains(" ")).map(w -> w + " 3000").toList(), StandardCharsets.UTF_8);
        WordDictionary.getInstance().loadUserDict(userDict);
        report("jieba-analysis 1.0.2 (search mode)", "yes", needs, jb, jiebaInit + System.nanoTime() - t0,
                jar(m2, "com/huaban/jieba-analysis/1.0.2/jieba-analysis-1.0.2.jar"));

        System.out.println();
        System.out.println("Cuts that miss a keyword (with the user dictionary where supported):");
        System.out.println();
        for (Need n : needs) {
            List<String> h = hanlpForcing.apply(n.text()), s = smartcn.apply(n.text()), j = jb.apply(n.text());
            if (!h.containsAll(n.keywords()) || !s.containsAll(n.keywords()) || !j.containsAll(n.keywords())) {
                System.out.println("- " + n.text() + " (keywords " + String.join(" ", n.keywords()) + "): HanLP `"
                        + String.join(" ", h) + "`; SmartCN `" + String.join(" ", s) + "`; jieba `" + String.join(" ", j) + "`");
            }
        }
    }

    static void report(String name, String dict, List<Need> needs, Function<String, List<String>> seg, long initNanos, double jarMb) {
        int hit = 0, total = 0, full = 0;
        for (Need n : needs) {
            List<String> tokens = seg.apply(n.text());
            int h = 0;
            for (String k : n.keywords()) {
                h += tokens.contains(k) ? 1 : 0;
            }
            hit += h;
            total += n.keywords().size();
            full += h == n.keywords().size() ? 1 : 0;
        }
        for (int i = 0; i < 300; i++) {
            for (Need n : needs) seg.apply(n.text());
        }
        long t = System.nanoTime();
        int rounds = 500;
        for (int i = 0; i < rounds; i++) {
            for (Need n : needs) seg.apply(n.text());
        }
        double us = (System.nanoTime() - t) / 1000.0 / rounds / needs.size();
        System.out.printf("| %s | %s | %d/%d (%.0f %%) | %d/%d | %.0f | %.1f | %.1f |%n", name, dict, hit, total,
                100.0 * hit / total, full, needs.size(), initNanos / 1e6, us, jarMb);
    }

    static List<String> lucene(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return out;
    }

    static double jar(Path m2, String path) throws IOException {
        return Files.size(m2.resolve(path)) / 1e6;
    }

    /** Names and aliases of the graph's nodes, and the terms of the curated synonyms (Chinese only). */
    static Set<String> dictionary(Path root) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(root.resolve("import/graph/nodes"))) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().matches("(Document|Section|Target).csv")) continue;
                List<String> lines = Files.readAllLines(f);
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",", -1);
                    if (c.length > 1) words.add(c[1].replace("\"", ""));
                    if (c.length > 3 && !c[3].isBlank()) words.addAll(List.of(c[3].replace("\"", "").split(";")));
                }
            }
        }
        List<String> syn = Files.readAllLines(root.resolve("import/curated/synonyms.csv"));
        for (String line : syn.subList(1, syn.size())) words.add(line.split(",", 2)[0]);
        words.removeIf(w -> w.isBlank() || w.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return words;
    }
}
