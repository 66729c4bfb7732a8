package org.seigraph.parks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.seigraph.parks.FitRules.ReasonKind;
import org.seigraph.parks.ParkFitService.FitReason;
import org.seigraph.parks.ParkFitService.ParkMatch;

/** The words of a park-fit answer, in English and in Chinese: each reason, each match, and the whole answer. */
final class FitTexts {

    /** A reason in English; {@code names} are the names along its path, need element first, park last. */
    static String reasonEn(ReasonKind kind, List<String> names, Integer rank, boolean mapped, String area, String industry) {
        String need = names.get(0);
        String park = names.get(names.size() - 1);
        return switch (kind) {
            case NAMED -> "The need names " + park + " itself.";
            case DISTRICT -> park + " lies in " + need + ", the district the need names.";
            case BUILDS -> "The plan builds " + park + " for " + need + (names.size() > 2 ? " (" + names.get(1) + ")" : "") + ".";
            case HOSTS -> "The plan makes " + park + " a cluster of " + need + ".";
            case TECHNOLOGY -> need + " is developed by " + names.get(1) + ", which the plan ties to " + park + ".";
            case INDUSTRY_MAP -> need + " reaches " + park + " through a curated industry mapping (" + String.join(" – ", names) + ").";
            case ORIGIN -> park + " fits the enterprise's origin: " + (names.size() > 1 ? names.get(0) : need) + ".";
            case LAYOUT -> "District level only: " + area + " focuses on " + industry + (rank == null ? "" : " (" + rank + ". in its list)") + (mapped
                    ? ", reached through a curated mapping" : "") + ", and " + park + " lies there; the plan ties no park to the need.";
        };
    }

    static String reasonZh(ReasonKind kind, List<String> names, Integer rank, boolean mapped, String area, String industry) {
        String need = names.get(0);
        String park = names.get(names.size() - 1);
        return switch (kind) {
            case NAMED -> "需求直接点名" + park + "。";
            case DISTRICT -> park + "位于需求点名的" + need + "。";
            case BUILDS -> "规划为" + need + "建设" + park + "。";
            case HOSTS -> "规划以" + park + "承载" + need + "集群。";
            case TECHNOLOGY -> need + "属于" + names.get(1) + "，规划将" + names.get(1) + "与" + park + "相连。";
            case INDUSTRY_MAP -> need + "经人工整理的产业对应关系（" + String.join("—", names) + "）与" + park + "相连。";
            case ORIGIN -> park + "契合企业来源：" + need + "。";
            case LAYOUT -> "仅区域层面：" + area + "重点发展" + industry
                    + (rank == null ? "" : "（第" + rank + "位）") + (mapped ? "（经人工整理的产业对应关系）" : "") + "，" + park
                    + "位于其中；规划未将园区与该需求直接相连。";
        };
    }

    static String matchSummary(Map<String, Object> park, String fit, List<FitReason> reasons) {
        String how = reasons.get(0).summaryEn();
        return switch (fit) {
            case "DIRECT" -> park.get("name") + ": tied to the need. " + how;
            case "ORIGIN" -> park.get("name") + ": fits the origin, not the industry. " + how;
            default -> park.get("name") + ": district-level answer only. " + how;
        };
    }

    static String matchSummaryZh(Map<String, Object> park, String fit, List<FitReason> reasons) {
        String how = reasons.get(0).summaryZh();
        return switch (fit) {
            case "DIRECT" -> park.get("name") + "：与需求直接相关。" + how;
            case "ORIGIN" -> park.get("name") + "：契合企业来源，而非产业。" + how;
            default -> park.get("name") + "：仅区域层面的匹配。" + how;
        };
    }

    static String explain(NeedResolver.Resolution r, List<ParkMatch> matches, int total,
                          List<NeedResolver.LayoutArea> areas, List<NeedResolver.NearMatch> near) {
        List<String> parts = new ArrayList<>();
        if (r.text() != null) {
            List<NeedResolver.TextMatch> used = r.textMatches().stream().filter(NeedResolver.TextMatch::used).toList();
            if (used.isEmpty() && r.terms().isEmpty()) {
                parts.add("The text holds no words to match" + (r.originFrom() != null ? " besides its origin" : "") + ".");
            } else if (used.isEmpty()) {
                parts.add("The text '" + r.text() + "' matches no sub-sector, industry, technology, park or district of the plan.");
            } else {
                parts.add("The text was understood as " + used.stream().map(m -> m.entity().get("kind") + " "
                        + m.entity().get("name") + " (" + m.why() + ")").collect(Collectors.joining("; ")) + ".");
            }
        }
        if (r.originFrom() != null) {
            parts.add("Origin (" + r.originFrom() + "): " + String.join("; ", r.originDescriptions())
                    + (r.originAnchors().isEmpty() ? "." : ", pointing to " + r.originAnchors().stream()
                    .map(a -> (String) a.get("name")).collect(Collectors.joining(", ")) + "."));
        }
        boolean layoutOnly = !matches.isEmpty() && matches.stream().allMatch(m -> m.fit().equals("LAYOUT"));
        if (!areas.isEmpty() && (matches.isEmpty() || layoutOnly)) {
            parts.add("The plan names no park for it; district-level answer: " + areas.get(0).summary() + ".");
        }
        if (matches.isEmpty()) {
            if (near.isEmpty()) {
                parts.add("No park in the graph is tied to it, and nothing close was found.");
            } else {
                parts.add("No park is tied to it. Closest: " + near.stream().limit(3).map(n -> n.entity().get("name")
                        + " (" + n.why() + (n.parks().isEmpty() ? "" : "; would lead to " + n.parks().stream()
                        .map(p -> (String) p.get("name")).collect(Collectors.joining(", "))) + ")")
                        .collect(Collectors.joining("; ")) + ".");
            }
        } else {
            parts.add(total + " park" + (total == 1 ? "" : "s") + (layoutOnly ? " at district level" : " with evidence")
                    + (total > matches.size() ? ", the best " + matches.size() + " returned." : "."));
        }
        if (r.stages().vectors() && !r.vectorsReady() && r.text() != null) {
            parts.add("(Semantic matching was still being prepared; words and synonyms only.)");
        }
        return String.join(" ", parts);
    }

    static String explainZh(NeedResolver.Resolution r, List<ParkMatch> matches, int total,
                            List<NeedResolver.LayoutArea> areas, List<NeedResolver.NearMatch> near) {
        List<String> parts = new ArrayList<>();
        if (r.text() != null) {
            List<NeedResolver.TextMatch> used = r.textMatches().stream().filter(NeedResolver.TextMatch::used).toList();
            if (used.isEmpty()) {
                parts.add("需求“" + r.text() + "”未匹配到规划中的子产业、产业、技术、园区或区。");
            } else {
                parts.add("需求理解为：" + used.stream().map(m -> m.entity().get("name") + "（" + m.whyZh() + "）")
                        .collect(Collectors.joining("；")) + "。");
            }
        }
        if (r.originFrom() != null) {
            parts.add("企业来源：" + String.join("；", r.originDescriptionsZh()) + (r.originAnchors().isEmpty() ? "。"
                    : "，对应" + r.originAnchors().stream().map(a -> (String) a.get("name")).collect(Collectors.joining("、")) + "。"));
        }
        boolean layoutOnly = !matches.isEmpty() && matches.stream().allMatch(m -> m.fit().equals("LAYOUT"));
        if (!areas.isEmpty() && (matches.isEmpty() || layoutOnly)) {
            parts.add("规划未为其点名园区；区域层面的答案：" + areas.get(0).summaryZh() + "。");
        }
        if (matches.isEmpty()) {
            parts.add(near.isEmpty() ? "图中没有与之相连的园区，也未找到相近的内容。" : "没有与之相连的园区。最接近的："
                    + near.stream().limit(3).map(n -> n.entity().get("name") + "（" + n.whyZh() + "）")
                    .collect(Collectors.joining("；")) + "。");
        } else {
            parts.add("共" + total + "个园区" + (layoutOnly ? "（区域层面）" : "有依据") + (total > matches.size()
                    ? "，返回前" + matches.size() + "个。" : "。"));
        }
        return String.join("", parts);
    }

    private FitTexts() {
    }
}
