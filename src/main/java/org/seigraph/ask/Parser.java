package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.seigraph.ask.Grammar.Lang;
import org.seigraph.ask.Grammar.Rule;
import org.seigraph.ask.Grammar.Slot;
import org.seigraph.parks.FitRules;

/**
 * Reads a question with the {@link Grammar}: finds the names (longest match in the {@link Lexicon}), years and
 * metric words, masks each with one placeholder character, and tries the rules of the question's language in
 * order. A rule reads the question when its frame matches, each slot gets exactly one name of its kinds (or,
 * for a many-slot, all of them), no name is left over, and what remains is filler. Otherwise the question is not
 * understood, and the parser says how near it came ({@link Miss}).
 */
final class Parser {

    /** A name, a year or a metric word in the normalised question. */
    record Token(int start, int end, String surface, Lexicon.Mention mention, Integer year, String metric) {

        String kindForSlot(List<String> kinds) {
            if (year != null) {
                return kinds.contains(Grammar.YEAR) ? Grammar.YEAR : null;
            }
            if (metric != null) {
                return kinds.contains(Grammar.METRIC) ? Grammar.METRIC : null;
            }
            // a name of the graph before a curated synonym: 云计算 is the field 云计算 where a field fits, and
            // 大数据产业 (synonyms.csv) only where it does not
            String own = first(kinds, mention.kinds(false));
            return own != null ? own : first(kinds, mention.kinds(true));
        }

        /** Whether the slot's kind comes from the graph's own names (else from a synonym). */
        boolean ownKind(String kind) {
            return mention != null && mention.kinds(false).contains(kind);
        }

        private static String first(List<String> preferred, Set<String> mine) {
            return preferred.stream().filter(mine::contains).findFirst().orElse(null);
        }
    }

    /** A slot's value: an entity (with the name that linked it), a year or a metric. */
    record Filled(String slot, Token token, Lexicon.Entry entry, Integer year, String metric) {
    }

    /** The question understood: the rule, its language and the slots. */
    record Reading(Rule rule, Lang lang, Map<String, List<Filled>> slots, List<Token> tokens, String normalized,
                   List<String> originWords) {

        Lexicon.Entry entity(String slot) {
            List<Filled> f = slots.getOrDefault(slot, List.of());
            return f.isEmpty() ? null : f.get(0).entry();
        }

        List<Lexicon.Entry> entities(String slot) {
            return slots.getOrDefault(slot, List.of()).stream().map(Filled::entry).toList();
        }

        Integer year() {
            List<Filled> f = slots.getOrDefault("year", List.of());
            return f.isEmpty() ? null : f.get(0).year();
        }

        String metric() {
            List<Filled> f = slots.getOrDefault("metric", List.of());
            return f.isEmpty() ? null : f.get(0).metric();
        }

        String flag(String name) {
            return rule.flags().get(name);
        }

        boolean english() {
            return lang == Lang.EN;
        }
    }

    /** Not understood: the nearest rule (if a frame matched), why it failed, and the words not understood. */
    record Miss(Rule rule, String reason, List<Token> tokens, String unknown, Lang lang) {
    }

    record Result(Reading reading, Miss miss) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?:年)?(?![0-9])");
    private static final String PUNCT = "[\\p{Punct}\\p{IsPunctuation}\\s]+";
    private static final char BASE = '\uE000';
    private static final Pattern ARTICLE = Pattern.compile("(?<![a-z])(?:the|a|an) (?=[\uE000-\uF8FF])");

    /** The keywords of park fit's origin table ({@link FitRules#ORIGINS}), Latin ones on word boundaries, * a prefix. */
    private static final List<Pattern> ORIGIN_WORDS = FitRules.ORIGINS.stream().flatMap(o -> o.keywords().stream()).map(keyword -> {
        boolean prefix = keyword.endsWith("*");
        String k = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        return Normalizer.isWordChar(k.charAt(0))
                ? Pattern.compile("(?<![a-z])" + Pattern.quote(k) + (prefix ? "[a-z]*" : "") + "(?![a-z])")
                : Pattern.compile(Pattern.quote(k));
    }).toList();

    private static final Pattern ZH_FILLER = fillerPattern(Lang.ZH);
    private static final Pattern EN_FILLER = fillerPattern(Lang.EN);

    private static Pattern fillerPattern(Lang lang) {
        String alternation = Grammar.fillers(lang).stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(lang == Lang.ZH ? "(?:" + alternation + ")" : "(?<![a-z0-9'])(?:" + alternation + ")(?![a-z0-9])");
    }

    private final Lexicon lexicon;

    Parser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result parse(String question) {
        String text = Normalizer.normalize(question);
        List<Token> tokens = tokens(text);
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            masked.append(text, at, t.start()).append((char) (BASE + i));
            at = t.end();
        }
        masked.append(text.substring(at));
        String m = masked.toString();
        Lang lang = language(m, question);
        if (lang == Lang.EN) {
            // "the Municipal …", "a drone maker": an article before a name is no part of the frame
            m = ARTICLE.matcher(m).replaceAll("");
        }
        Miss nearest = null;
        for (Rule rule : Grammar.rules(lang)) {
            Matcher matcher = frame(rule).matcher(m);
            if (!matcher.find()) {
                continue;
            }
            Object outcome = fill(rule, lang, matcher, m, tokens, text);
            if (outcome instanceof Reading r) {
                return new Result(r, null);
            }
            Miss miss = (Miss) outcome;
            if (nearest == null || nearness(miss) > nearness(nearest)) {
                nearest = miss;
            }
        }
        if (nearest == null) {
            nearest = new Miss(null, "no-intent", tokens, leftover(m, tokens, lang, Set.of()), lang);
        }
        return new Result(null, nearest);
    }

    /** How near a rule came: all slots filled but words left, then a name too many, then a slot unfilled. */
    private static int nearness(Miss miss) {
        String reason = miss.reason();
        if (reason.equals("unknown-words")) {
            return 4;
        }
        if (reason.startsWith("ambiguous")) {
            return 3;
        }
        return reason.startsWith("missing") ? 1 : 2;
    }

    /** English frames must start and end on word boundaries. */
    private static final Map<Rule, Pattern> BOUNDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern frame(Rule rule) {
        if (rule.lang() == Lang.ZH) {
            return rule.frame();
        }
        return BOUNDED.computeIfAbsent(rule, r -> Pattern.compile("(?<![a-z0-9])(?:" + r.frame().pattern() + ")(?![a-z0-9])"));
    }

    static Lang language(String masked, String original) {
        boolean latin = false;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (Normalizer.isHan(c)) {
                return Lang.ZH;
            }
            latin |= c >= 'a' && c <= 'z';
        }
        return latin || !Normalizer.hasHan(original) ? Lang.EN : Lang.ZH;
    }

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Lexicon.Mention mention : lexicon.mentions(text)) {
            tokens.add(new Token(mention.start(), mention.end(), mention.surface(), mention, null, null));
        }
        // years and metric words in the gaps between names
        List<Token> extra = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (free(tokens, y.start(), y.end())) {
                extra.add(new Token(y.start(), y.end(), y.group(), null, Integer.parseInt(y.group(1)), null));
            }
        }
        tokens.addAll(extra);
        List<String> cues = new ArrayList<>(Grammar.METRICS.keySet());
        cues.sort((a, b) -> b.length() - a.length());
        for (String cue : cues) {
            int from = 0;
            int i;
            while ((i = text.indexOf(cue, from)) >= 0) {
                int end = i + cue.length();
                boolean bounded = !Normalizer.isWordChar(cue.charAt(0))
                        || ((i == 0 || !Normalizer.isWordChar(text.charAt(i - 1)))
                        && (end == text.length() || !Normalizer.isWordChar(text.charAt(end))));
                if (bounded) {
                    // a metric word wins over a name that only a synonym gives (专利 in 发明专利 is not the IP park)
                    int s = i;
                    tokens.removeIf(t -> t.mention() != null && t.mention().synonymOnly() && t.start() < end && s < t.end());
                }
                if (bounded && free(tokens, i, end)) {
                    tokens.add(new Token(i, end, cue, null, null, Grammar.METRICS.get(cue)));
                }
                from = end;
            }
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    private static boolean free(List<Token> tokens, int start, int end) {
        return tokens.stream().noneMatch(t -> t.start() < end && start < t.end());
    }

    private Object fill(Rule rule, Lang lang, Matcher matcher, String masked, List<Token> tokens, String text) {
        Map<String, List<Filled>> slots = new LinkedHashMap<>();
        boolean[] used = new boolean[tokens.size()];
        // named groups first: the name at that place
        for (Slot slot : rule.slots()) {
            String g = group(matcher, slot.name());
            if (g == null) {
                continue;
            }
            int index = g.charAt(0) - BASE;
            Token t = tokens.get(index);
            Filled f = filled(slot, t);
            if (f == null) {
                return miss(rule, "wrong-kind", tokens, lang, t.surface(), masked, matcher);
            }
            used[index] = true;
            slots.computeIfAbsent(slot.name(), k -> new ArrayList<>()).add(f);
        }
        // the other slots: the names of their kinds wherever they stand
        for (Slot slot : rule.slots()) {
            if (slots.containsKey(slot.name())) {
                continue;
            }
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i] && tokens.get(i).kindForSlot(slot.kinds()) != null) {
                    fits.add(i);
                }
            }
            if (fits.isEmpty()) {
                if (slot.required()) {
                    return miss(rule, "missing:" + slot.name(), tokens, lang, null, masked, matcher);
                }
                continue;
            }
            if (fits.size() > 1 && !slot.many()) {
                return miss(rule, "ambiguous:" + slot.name(), tokens, lang,
                        fits.stream().map(i -> tokens.get(i).surface()).collect(Collectors.joining(", ")), masked, matcher);
            }
            for (int i : fits) {
                Filled f = filled(slot, tokens.get(i));
                if (f == null) {
                    return miss(rule, "ambiguous:" + slot.name(), tokens, lang, tokens.get(i).surface(), masked, matcher);
                }
                used[i] = true;
                slots.computeIfAbsent(slot.name(), k -> new ArrayList<>()).add(f);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                return miss(rule, "extra-name", tokens, lang, tokens.get(i).surface(), masked, matcher);
            }
        }
        // what is left once the frame and the names are taken out must be filler
        StringBuilder rest = new StringBuilder(masked);
        for (int i = matcher.start(); i < matcher.end(); i++) {
            rest.setCharAt(i, ' ');
        }
        List<String> originWords = new ArrayList<>();
        String raw = rest.toString();
        if ("parkfit".equals(rule.intent())) {
            // origin words (FitRules' table) before the fillers, which would eat the 中 of 中关村
            for (Pattern p : ORIGIN_WORDS) {
                Matcher om = p.matcher(raw);
                if (om.find()) {
                    originWords.add(om.group());
                    raw = om.replaceAll(" ");
                }
            }
        }
        String left = leftover(raw, tokens, lang, rule.extraFillers());
        if (!left.isBlank()) {
            return new Miss(rule, "unknown-words", tokens, left.strip(), lang);
        }
        return new Reading(rule, lang, slots, tokens, text, originWords);
    }

    private Miss miss(Rule rule, String reason, List<Token> tokens, Lang lang, String detail, String masked, Matcher frame) {
        if (detail != null) {
            return new Miss(rule, reason, tokens, detail, lang);
        }
        StringBuilder rest = new StringBuilder(masked);
        for (int i = frame.start(); i < frame.end(); i++) {
            rest.setCharAt(i, ' ');
        }
        return new Miss(rule, reason, tokens, leftover(rest.toString(), tokens, lang, rule.extraFillers()), lang);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Filled filled(Slot slot, Token t) {
        String kind = t.kindForSlot(slot.kinds());
        if (kind == null) {
            return null;
        }
        if (Grammar.YEAR.equals(kind)) {
            return new Filled(slot.name(), t, null, t.year(), null);
        }
        if (Grammar.METRIC.equals(kind)) {
            return new Filled(slot.name(), t, null, null, t.metric());
        }
        List<Lexicon.Entry> ofKind = t.mention().entries(kind, !t.ownKind(kind));
        if (ofKind.size() != 1) {
            return null;
        }
        return new Filled(slot.name(), t, ofKind.get(0), null, null);
    }

    private record ExtraKey(Set<String> words, Lang lang) {
    }

    private static final Map<ExtraKey, Pattern> EXTRA = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern extraPattern(ExtraKey key) {
        List<String> words = new ArrayList<>(key.words());
        words.sort((a, b) -> b.length() - a.length());
        String alternation = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return key.lang() == Lang.ZH ? Pattern.compile("(?:" + alternation + ")")
                : Pattern.compile("(?<![a-z0-9'])(?:" + alternation + ")(?![a-z0-9])");
    }

    /**
     * The words of {@code masked} that are neither names nor filler (placeholders of names dropped), with
     * single spaces; empty when nothing is left.
     */
    static String leftover(String masked, List<Token> tokens, Lang lang, Set<String> extra) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            s.append(c >= BASE && c < BASE + Math.max(tokens.size(), 1) ? ' ' : c);
        }
        String out = s.toString();
        if (lang == Lang.EN) {
            out = out.replace("'s", " ");
        }
        // fillers may only go once the extra (rule-specific) words are out: 来自 before 来
        if (!extra.isEmpty()) {
            out = EXTRA.computeIfAbsent(new ExtraKey(extra, lang), Parser::extraPattern).matcher(out).replaceAll(" ");
        }
        out = (lang == Lang.ZH ? ZH_FILLER : EN_FILLER).matcher(out).replaceAll(" ");
        if (lang == Lang.ZH) {
            // Latin words in a Chinese question are judged by the English fillers
            out = EN_FILLER.matcher(out).replaceAll(" ");
        }
        return out.replaceAll(PUNCT, " ").strip();
    }
}
