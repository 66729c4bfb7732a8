package org.seigraph.parks;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The park-fit scoring model in one place: the kinds of evidence and their weights, and the one table that
 * maps an enterprise's origin to graph anchors (docs/park-fit.md renders its tables from here). Nothing here names a park: parks are
 * only ever reached through the graph.
 *
 * <p>A park's score is the noisy-OR of its reasons, {@code 1 - Π(1 - weight)}, with at most one reason of
 * each kind (the most direct path), so the score is in [0, 1), grows with every independent kind of
 * evidence, and a direct tie (0.6) outranks any combination of origin and layout (1 - 0.65 × 0.85 = 0.45).
 * Ties in score go to the park the plan names first, then to the smaller id.
 */
public final class FitRules {

    /** Kinds of evidence, strongest first; each reason of a match is one of these. */
    public enum ReasonKind {
        /** The text says the need's sub-sector builds the park: {@code (Subsector)-[:BUILDS]->(Park)}. */
        BUILDS(0.6),
        /** The text says the park hosts the need's sub-sector or industry: {@code (Park)-[:HOSTS]->(x)}. */
        HOSTS(0.6),
        /** A need technology is developed by a sub-sector that builds or is hosted by the park. */
        TECHNOLOGY(0.45),
        /** A tie that needs one curated industry↔sub-sector mapping (MAPS_TO) to reach the need. */
        INDUSTRY_MAP(0.4),
        /** The park is a member of a cooperation system, or built under a strategy, that fits the origin. */
        ORIGIN(0.35),
        /** The park lies in a district whose layout area (五(一)) focuses on a matching industry. */
        LAYOUT(0.15);

        private final double weight;

        ReasonKind(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }
    }

    /**
     * The shapes of the way from a need element to the node a park is tied to (types in walking order, with
     * the direction walked), and the tie kind each gives. Layout and origin steps accept the same shapes (a
     * layout step must start at an Industry). Anything else the query walks is not evidence and is dropped,
     * e.g. {@code MAPS_TO<,MAPS_TO>}: a sub-sector, the broad industry over it, and a different sub-sector.
     */
    public static final Map<String, ReasonKind> VIA_SHAPES = Map.of(
            "", ReasonKind.BUILDS,                          // the need itself (BUILDS or HOSTS by the step)
            "HAS_SUBSECTOR>", ReasonKind.BUILDS,            // a sector's sub-sector
            "DEVELOPS<", ReasonKind.TECHNOLOGY,             // the sub-sector that develops a need technology
            "MAPS_TO<", ReasonKind.INDUSTRY_MAP,            // the industry a need sub-sector maps from (curated)
            "MAPS_TO>", ReasonKind.INDUSTRY_MAP,            // the sub-sector a need industry maps to (curated)
            "MAPS_TO>,MAPS_TO<", ReasonKind.INDUSTRY_MAP,   // an industry sharing the need industry's sub-sector
            "DEVELOPS<,MAPS_TO<", ReasonKind.INDUSTRY_MAP,  // the industry over a need technology's sub-sector
            "HAS_SUBSECTOR>,MAPS_TO<", ReasonKind.INDUSTRY_MAP);

    /** The reason kind of one evidence path, or null when its via shape does not count. */
    static ReasonKind kindOf(String family, String viaShape, String firstStepType) {
        ReasonKind tie = VIA_SHAPES.get(viaShape);
        if (tie == null) {
            return null;
        }
        return switch (family) {
            case "LAYOUT" -> ReasonKind.LAYOUT;
            case "ORIGIN" -> viaShape.isEmpty() ? ReasonKind.ORIGIN : null;
            default -> tie != ReasonKind.BUILDS ? tie : "HOSTS".equals(firstStepType) ? ReasonKind.HOSTS : ReasonKind.BUILDS;
        };
    }

    /** How much a layout reason loses per place its industry stands lower in the area's focus list of 五(一). */
    public static final double LAYOUT_RANK_STEP = 0.1;

    /**
     * The weight of one reason: its kind's weight; for LAYOUT scaled by the focus rank r (1 = named first),
     * {@code 0.15 × max(0.5, 1 − 0.1 × (r − 1))}: 0.15, 0.135, 0.12 … never below 0.075.
     */
    public static double weight(ReasonKind kind, Integer focusRank) {
        if (kind != ReasonKind.LAYOUT || focusRank == null) {
            return kind.weight();
        }
        double factor = Math.max(0.5, 1 - LAYOUT_RANK_STEP * (focusRank - 1));
        return Math.round(kind.weight() * factor * 10_000) / 10_000.0;
    }

    /**
     * An origin profile: the words that recognise it (in the {@code origin} argument, or in the free text)
     * and the graph anchors it points at. Latin keywords match whole words, {@code *} marks a prefix;
     * Chinese keywords match anywhere.
     */
    public record OriginRule(String profile, String description, List<String> keywords, List<String> anchors) {
    }

    /** THE origin table. Anchors are CooperationSystem ids (parks that are MEMBER_OF) or Strategy ids (parks
     * BUILT by a measure or sub-sector that SUPPORTS the strategy). */
    public static final List<OriginRule> ORIGINS = List.of(
            new OriginRule("BEIJING", "an enterprise relocating from Beijing (non-capital functions, 京津冀 coordination)",
                    List.of("北京", "首都", "京津", "疏解", "中关村", "beijing", "relocat*", "zhongguancun"),
                    List.of("cooperationsystem:“1＋16”承接体系", "strategy:京津冀协同发展")),
            new OriginRule("EUROPE", "a European enterprise",
                    List.of("欧洲", "欧盟", "中欧", "德国", "法国", "意大利", "荷兰", "瑞典", "西班牙",
                            "europe*", "eu", "german*", "france", "french", "ital*", "dutch", "netherlands",
                            "swed*", "spain", "spanish", "austria*", "belgi*", "danish", "denmark", "finland",
                            "finnish", "poland", "polish"),
                    List.of("cooperationsystem:中欧高端产业领航区")),
            new OriginRule("FOREIGN", "a foreign or foreign-trade enterprise",
                    List.of("外资", "外商", "外贸", "境外", "国外", "海外", "跨国", "进出口", "自贸", "自由贸易", "一带一路",
                            "foreign", "overseas", "international", "multinational", "export*", "import", "imports",
                            "importer*", "importing", "trade", "trading"),
                    List.of("strategy:“一带一路”")));

    /** Every anchor id of the origin table. */
    static final Set<String> ANCHOR_IDS = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ORIGINS.stream()
            .flatMap(r -> r.anchors().stream()).toList()));

    /** The rules whose keywords occur in {@code text}, in table order. */
    public static List<OriginRule> originsIn(String text) {
        String[] words = words(text);
        Set<OriginRule> found = new LinkedHashSet<>();
        for (OriginRule rule : ORIGINS) {
            for (String keyword : rule.keywords()) {
                if (keywordIn(keyword, text, words)) {
                    found.add(rule);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The keywords of any rule that occur in {@code text} (to take them out of the text before matching it). */
    static List<String> keywordsIn(String text) {
        String[] words = words(text);
        return ORIGINS.stream().flatMap(r -> r.keywords().stream()).filter(k -> keywordIn(k, text, words)).distinct().toList();
    }

    static boolean keywordIn(String keyword, String text) {
        return keywordIn(keyword, text, isLatin(keyword) ? words(text) : null);
    }

    /** {@link #keywordIn(String, String)} with the text's {@link #words} already cut (they are the same for every keyword). */
    private static boolean keywordIn(String keyword, String text, String[] words) {
        if (!isLatin(keyword)) {
            return text.contains(keyword);
        }
        boolean prefix = keyword.endsWith("*");
        String k = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
        for (String w : words) {
            if (prefix ? w.startsWith(k) : w.equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{IsLatin}\\p{Nd}]+");

    static String[] words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    static boolean isLatin(String s) {
        return s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private FitRules() {
    }
}
