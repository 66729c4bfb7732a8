package org.seigraph.text;

import java.util.Locale;

/**
 * Why a text matched an entity, in one of four ways:
 * <ul>
 *   <li>{@code NAME}: a term of the text and a name of the entity (equal, one inside the other) — {@code term},
 *       {@code text} = the name, {@code field} = name, nameEn or alias;</li>
 *   <li>{@code SYNONYM}: a curated row maps a term of the text to the entity — {@code source} cites the row;</li>
 *   <li>{@code VECTOR}: the text is semantically similar to one of the entity's texts — {@code similarity} (cosine)
 *       and that {@code text} and its {@code field} (name, nameEn, alias, evidence);</li>
 *   <li>{@code FULLTEXT}: only the full-text index's own relevance (shared characters), never used by park fit.</li>
 * </ul>
 */
public record Reason(String kind, String term, String text, String field, Double similarity, String source) {

    public static Reason name(String term, String name, String field, int tier) {
        return new Reason("NAME", term, name, field, null, switch (tier) {
            case 5 -> "equal to the text";
            case 4 -> "equal to a term";
            case 3 -> "contains the term";
            case 2 -> "inside the text";
            default -> "shares characters";
        });
    }

    public static Reason synonym(Synonyms.Found f) {
        return new Reason("SYNONYM", f.row().term(), f.row().target(), null, null, f.row().cite() + " (" + f.row().source() + ")");
    }

    public static Reason vector(String text, String field, double similarity) {
        return new Reason("VECTOR", null, text, field, Math.round(similarity * 1000) / 1000.0, null);
    }

    public static Reason fullText() {
        return new Reason("FULLTEXT", null, null, null, null, "full-text relevance only");
    }

    /** In English: 'the term 动漫 is in its name 动漫产品', 'similar (0.81) to its evidence …'. */
    public String summary() {
        return switch (kind) {
            case "NAME" -> switch (source) {
                case "equal to the text" -> "its " + fieldEn() + " is the text";
                case "equal to a term" -> "its " + fieldEn() + " is the term '" + term + "'";
                case "contains the term" -> "the term '" + term + "' is in its " + fieldEn() + " '" + text + "'";
                case "inside the text" -> "its " + fieldEn() + " '" + text + "' is in the text";
                default -> "its " + fieldEn() + " '" + text + "' shares characters with '" + term + "'";
            };
            case "SYNONYM" -> "curated synonym: '" + term + "' stands for it (" + source + ")";
            case "VECTOR" -> String.format(Locale.ROOT, "semantically similar (%.2f) to its %s '%s'", similarity, fieldEn(),
                    clip(text));
            default -> "only a loose full-text match (shared characters)";
        };
    }

    /** In Chinese. */
    public String summaryZh() {
        return switch (kind) {
            case "NAME" -> switch (source) {
                case "equal to the text" -> "其" + fieldZh() + "与需求相同";
                case "equal to a term" -> "其" + fieldZh() + "即“" + term + "”";
                case "contains the term" -> "其" + fieldZh() + "“" + text + "”包含“" + term + "”";
                case "inside the text" -> "需求中出现其" + fieldZh() + "“" + text + "”";
                default -> "其" + fieldZh() + "“" + text + "”与“" + term + "”有共同文字";
            };
            case "SYNONYM" -> "人工整理的同义词：“" + term + "”指" + text + "（" + source + "）";
            case "VECTOR" -> String.format(Locale.ROOT, "与其%s“%s”语义相近（%.2f）", fieldZh(), clip(text), similarity);
            default -> "仅全文检索的字面相似";
        };
    }

    private String fieldEn() {
        return field == null ? "name" : switch (field) {
            case "nameEn" -> "English name";
            case "alias" -> "alias";
            case "evidence" -> "evidence sentence";
            default -> "name";
        };
    }

    private String fieldZh() {
        return field == null ? "名称" : switch (field) {
            case "nameEn" -> "英文名";
            case "alias" -> "别名";
            case "evidence" -> "原文句子";
            default -> "名称";
        };
    }

    private static String clip(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
