package org.seigraph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;

/** The answer in one line, in the question's language. */
final class Phrasing {

    static String text(Reading r, List<Item> items, List<Item> counted) {
        boolean en = r.english();
        String intent = r.rule().intent();
        if ("true".equals(r.flag("count"))) {
            String n = String.valueOf(counted.size());
            return counted.isEmpty() ? n : n + (en ? ": " : "：") + join(names(counted, en), en);
        }
        if (items.isEmpty()) {
            if (intent.startsWith("responsibility")) {
                // every list of the text ends with the placeholders; a list of nothing else names no bureau
                return en ? "None: the text names no bureau for it, only the placeholders 市有关部门 and 有关区人民政府."
                        : "无：原文没有点名部门，只写了市有关部门和有关区人民政府。";
            }
            return en ? "None: the plan names none." : "无：原文没有列出。";
        }
        List<String> parts = new ArrayList<>();
        switch (intent) {
            case "workload.bureau" -> {
                Map<String, Double> v = new java.util.HashMap<>();
                items.forEach(i -> v.put(i.label(), i.value()));
                return en ? "led " + fmt(v.get("led")) + ", co-owned " + fmt(v.get("coOwned")) + ", total " + fmt(v.get("total"))
                        : "牵头" + fmt(v.get("led")) + "项，参与" + fmt(v.get("coOwned")) + "项，共" + fmt(v.get("total")) + "项";
            }
            case "workload.table", "ordering.busiest" -> {
                for (Item i : items) {
                    parts.add(name(i.entity(), en) + (en ? " (" + fmt(i.value()) + ")" : "（" + fmt(i.value()) + "项）"));
                }
            }
            case "targets", "targets.max" -> {
                for (Item i : items) {
                    if ("Target".equals(i.entity().get("kind"))) {
                        parts.add(name(i.entity(), en) + year(i, en));
                    } else {
                        String value = fmt(i.value()) + (i.unit() == null ? "" : i.unit())
                                + (Boolean.TRUE.equals(i.approx()) ? (en ? " (about)" : "左右") : "");
                        parts.add(name(i.entity(), en) + (en ? ": " : "：") + (i.note() != null && i.note().startsWith("sum")
                                ? value + (en ? ", " + i.note() : "（" + i.note().replace("sum of ", "").replace(" targets", "个目标之和") + "）")
                                : (i.label() == null ? "" : i.label()) + " " + (i.note() == null ? value : i.note()) + year(i, en)));
                    }
                }
            }
            case "paths" -> items.forEach(i -> parts.add(i.note()));
            case "parkfit" -> {
                for (Item i : items) {
                    parts.add(i.rank() + ". " + name(i.entity(), en) + " (" + String.format(java.util.Locale.ROOT, "%.3f", i.value()) + ")");
                }
            }
            default -> {
                for (Item i : items) {
                    String n = name(i.entity(), en);
                    if (intent.startsWith("responsibility") && Boolean.TRUE.equals(i.lead())) {
                        n += en ? " (lead)" : "（牵头）";
                    }
                    parts.add(n);
                }
            }
        }
        return join(parts, en);
    }

    private static String year(Item i, boolean en) {
        return i.year() == null ? "" : en ? " (by " + i.year() + ")" : "（到" + i.year() + "年）";
    }

    static String fmt(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    private static List<String> names(List<Item> items, boolean en) {
        return items.stream().map(i -> i.entity() == null ? fmt(i.value()) : name(i.entity(), en)).toList();
    }

    static String name(Map<String, Object> entity, boolean en) {
        if (entity == null) {
            return "";
        }
        Object nameEn = entity.get("nameEn");
        return en && nameEn != null ? nameEn.toString() : String.valueOf(entity.get("name"));
    }

    private static String join(List<String> parts, boolean en) {
        return String.join(en ? "; " : "、", parts);
    }

    private Phrasing() {
    }
}
