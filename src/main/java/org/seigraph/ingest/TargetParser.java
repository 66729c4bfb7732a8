package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantitative targets:
 * <ul>
 *   <li>value targets in a clause: {@code <metric>(达到|超过|超)?<number><万亿元|亿元|%>(左右|以上)?}, where the number
 *       may be a Chinese numeral (千 → 1000);</li>
 *   <li>counted targets in a category phrase: {@code N项[左右]<metric>} ({@code 10项左右基础研究与前沿技术});</li>
 *   <li>construction counts in an item: {@code N家|个<metric>} ({@code 5家智能工厂}).</li>
 * </ul>
 * {@code qualifiers} are every qualifying word as written, in order ({@code 达到…左右} gives 达到, 左右);
 * {@code qualifier} is the one that bounds the value: 左右/以上 when written after the number, else the verb before it.
 * Money is normalised to 亿元 ({@code 1.5万亿元} = 15000 亿元) so that targets compare; other units stay as they are.
 */
public final class TargetParser {

    public record Target(Span name, String metric, double value, String unit, List<String> qualifiers, boolean approx,
                         Span asWritten, String targetKind) {

        /** The qualifier that bounds the value: the word after the number, else the verb before it. */
        public String qualifier() {
            return qualifiers.isEmpty() ? null : qualifiers.get(qualifiers.size() - 1);
        }

        public double valueNormalized() {
            return normalize(value, unit);
        }

        public String unitNormalized() {
            return normalizedUnit(unit);
        }
    }

    /** 亿元 per unit of money as written. */
    private static final java.util.Map<String, Double> YUAN_UNITS = java.util.Map.of("亿元", 1.0, "万亿元", 10000.0);
    static final String MONEY_UNIT = "亿元";

    private static final Pattern VALUE = Pattern.compile("(达到|超过|超)?(\\d+(?:\\.\\d+)?|[千百万])(万亿元|亿元|%)(左右|以上)?");
    private static final Pattern COUNTED = Pattern.compile("^(\\d+)(项|家|个)(左右)?(.+)$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^到\\d{4}年");

    public List<Target> valueTargets(Span clause) {
        List<Target> out = new ArrayList<>();
        Matcher m = VALUE.matcher(clause.text());
        int metricFrom = 0;
        while (m.find()) {
            Span before = clause.sub(metricFrom, m.start()).trim();
            Matcher y = YEAR_PREFIX.matcher(before.text());
            if (y.find()) before = before.sub(y.end()).trim();
            int become = before.text().lastIndexOf("成为");
            if (become >= 0) before = before.sub(become + 2).trim();
            if (before.text().isEmpty()) continue;
            Span name = clause.sub(before.start() - clause.start(), m.end());
            double value = number(m.group(2));
            String unit = m.group(3);
            List<String> qualifiers = new ArrayList<>();
            if (m.group(1) != null) qualifiers.add(m.group(1));
            if (m.group(4) != null) qualifiers.add(m.group(4));
            Span asWritten = clause.sub(m.start(2), m.end());
            String metric = before.text();
            String kind = unit.equals("%") ? (metric.contains("增速") || metric.contains("增长") ? "growth" : "share") : "output";
            out.add(new Target(name, metric, value, unit, List.copyOf(qualifiers), "左右".equals(m.group(4)), asWritten, kind));
            metricFrom = m.end();
        }
        return out;
    }

    public Optional<Target> counted(Span phrase) {
        Matcher m = COUNTED.matcher(phrase.text());
        if (!m.matches()) return Optional.empty();
        boolean approx = m.group(3) != null;
        Span asWritten = phrase.sub(0, m.end(approx ? 3 : 2));
        return Optional.of(new Target(phrase, m.group(4), Double.parseDouble(m.group(1)), m.group(2),
                approx ? List.of("左右") : List.of(), approx, asWritten, "count"));
    }

    static double number(String s) {
        return switch (s) {
            case "千" -> 1000;
            case "百" -> 100;
            case "万" -> 10000;
            default -> Double.parseDouble(s);
        };
    }

    static double normalize(double value, String unit) {
        Double factor = YUAN_UNITS.get(unit);
        // BigDecimal keeps 1.5 × 10000 exact as written
        return factor == null ? value
                : java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(factor)).doubleValue();
    }

    static String normalizedUnit(String unit) {
        return YUAN_UNITS.containsKey(unit) ? MONEY_UNIT : unit;
    }
}
