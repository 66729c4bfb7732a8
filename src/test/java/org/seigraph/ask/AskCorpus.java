package org.seigraph.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The corpus file's format (see its header), how an answer is judged against it, and the results table. */
final class AskCorpus {

    record Case(String group, String question, String expected, String source) {
        boolean chinese() {
            return Normalizer.hasHan(question.replaceAll("[\\p{InCJKSymbolsAndPunctuation}“”]", ""))
                    && !question.matches("(?s)^[A-Za-z].*");
        }
    }

    enum Verdict {
        RIGHT, SAID_SO, WRONG
    }

    record Outcome(Case c, Answer answer, Verdict verdict, String why) {
    }

    static List<Case> parse(String text) {
        List<Case> out = new ArrayList<>();
        String group = null;
        String q = null;
        String a = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                group = line.substring(3).strip();
            } else if (line.startsWith("Q: ")) {
                q = line.substring(3).strip();
            } else if (line.startsWith("A: ")) {
                a = line.substring(3).strip();
            } else if (line.startsWith("S: ")) {
                out.add(new Case(group, Objects.requireNonNull(q), Objects.requireNonNull(a), line.substring(3).strip()));
                q = null;
                a = null;
            }
        }
        return out;
    }

    static Outcome judge(Case c, Answer answer) {
        String exp = c.expected();
        String lead = null;
        int semi = exp.indexOf(" ; lead ");
        if (semi >= 0) {
            lead = exp.substring(semi + " ; lead ".length()).strip();
            exp = exp.substring(0, semi).strip();
        }
        String kind = exp.split(" ", 2)[0];
        String rest = exp.contains(" ") ? exp.substring(exp.indexOf(' ') + 1).strip() : "";
        List<Answer.Item> items = answer.items();
        if (!answer.understood()) {
            return new Outcome(c, answer, kind.equals("unanswerable") ? Verdict.RIGHT : Verdict.SAID_SO, answer.explanation());
        }
        boolean empty = items.isEmpty() || (items.size() == 1 && "count".equals(items.get(0).label())
                && kind.equals("unanswerable") && items.get(0).value() == 0);
        if (kind.equals("unanswerable")) {
            return new Outcome(c, answer, empty ? Verdict.RIGHT : Verdict.WRONG, "answered " + signature(items));
        }
        if (kind.equals("none")) {
            return new Outcome(c, answer, items.isEmpty() ? Verdict.RIGHT : Verdict.WRONG, "answered " + signature(items));
        }
        List<String> ids = items.stream().map(Answer.Item::id).toList();
        boolean ok = switch (kind) {
            case "ids" -> ids.equals(split(rest, ">"));
            case "set" -> new HashSet<>(ids).equals(new HashSet<>(split(rest, "|"))) && ids.size() == split(rest, "|").size();
            case "first" -> ids.size() >= split(rest, ">").size() && ids.subList(0, split(rest, ">").size()).equals(split(rest, ">"));
            case "count" -> items.size() == 1 && "count".equals(items.get(0).label())
                    && items.get(0).value() == Double.parseDouble(rest);
            case "value" -> items.size() == 1 && value(items.get(0), rest);
            case "values" -> {
                List<String> v = split(rest, "|");
                boolean all = v.size() == items.size();
                for (int i = 0; all && i < v.size(); i++) {
                    all = value(items.get(i), v.get(i));
                }
                yield all;
            }
            case "workload" -> {
                Map<String, Double> got = new LinkedHashMap<>();
                items.forEach(i -> got.put(i.label(), i.value()));
                boolean all = !got.isEmpty();
                for (String kv : rest.split(" ")) {
                    String[] p = kv.split("=");
                    all &= Double.valueOf(p[1]).equals(got.get(p[0]));
                }
                yield all;
            }
            case "path" -> items.size() == 1 && items.get(0).path() != null
                    && items.get(0).path().stream().map(n -> (String) n.get("id")).toList().equals(split(rest, ">"));
            default -> throw new IllegalArgumentException("Unknown expectation '" + kind + "' for " + c.question());
        };
        if (ok && lead != null) {
            String l = lead;
            ok = items.stream().filter(i -> Boolean.TRUE.equals(i.lead())).map(Answer.Item::id).toList().equals(List.of(l));
        }
        return new Outcome(c, answer, ok ? Verdict.RIGHT : Verdict.WRONG, ok ? "" : "answered " + signature(items));
    }

    /** "V UNIT [QUALIFIER] [approx] [year Y]" against one item. */
    private static boolean value(Answer.Item item, String spec) {
        String[] p = spec.strip().split("\\s+");
        if (item.value() == null || Math.abs(item.value() - Double.parseDouble(p[0])) > 1e-9) {
            return false;
        }
        if (p.length > 1 && !p[1].equals(item.unit())) {
            return false;
        }
        for (int i = 2; i < p.length; i++) {
            if (p[i].equals("approx")) {
                if (!Boolean.TRUE.equals(item.approx())) {
                    return false;
                }
            } else if (p[i].equals("year")) {
                if (!Integer.valueOf(p[++i]).equals(item.year())) {
                    return false;
                }
            } else if (!p[i].equals(item.qualifier())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(java.util.regex.Pattern.quote(sep))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** What an answer says, comparable across runs: ids, values, labels and paths. */
    static List<String> signature(List<Answer.Item> items) {
        if (items == null) {
            return null;
        }
        return items.stream().map(i -> (i.id() == null ? "" : i.id()) + (i.value() == null ? "" : "=" + i.value())
                + (i.label() == null ? "" : "/" + i.label())
                + (i.path() == null ? "" : i.path().stream().map(n -> (String) n.get("id")).toList().toString())).toList();
    }

    static String table(List<Outcome> outcomes) {
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            int[] n = byGroup.computeIfAbsent(o.c().group(), g -> new int[5]);
            n[0]++;
            n[o.verdict().ordinal() + 1]++;
            n[4] += o.c().chinese() ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder("| intent | questions (zh / en) | exactly right | said it cannot answer | wrong |\n|---|---:|---:|---:|---:|\n");
        int[] total = new int[5];
        byGroup.forEach((g, n) -> {
            sb.append("| ").append(g).append(" | ").append(n[0]).append(" (").append(n[4]).append(" / ").append(n[0] - n[4])
                    .append(") | ").append(n[1]).append(" | ").append(n[2]).append(" | ").append(n[3]).append(" |\n");
            for (int i = 0; i < 5; i++) {
                total[i] += n[i];
            }
        });
        sb.append("| **all** | ").append(total[0]).append(" (").append(total[4]).append(" / ").append(total[0] - total[4])
                .append(") | ").append(total[1]).append(String.format(" (%.1f %%)", total[1] * 100.0 / total[0])).append(" | ")
                .append(total[2]).append(" | ").append(total[3]).append(" |\n\n");
        for (Outcome o : outcomes) {
            if (o.verdict() != Verdict.RIGHT) {
                sb.append("- ").append(o.verdict()).append(": ").append(o.c().question()).append(" — expected ")
                        .append(o.c().expected()).append("; ").append(o.why()).append('\n');
            }
        }
        return sb.toString();
    }

    private AskCorpus() {
    }
}
