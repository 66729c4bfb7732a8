package org.seigraph.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text worth matching against names: tokens minus function words and the generic words of a
 * need (企业, 公司, 生产, company, maker …), which sit inside too many names to say anything by themselves; Chinese
 * words of two characters or more, Latin words of two letters or more.
 */
public final class Terms {

    /** Words that never pick a name on their own; the embedding model is not given them either ({@link Retriever#meaning}). */
    public static final Set<String> GENERIC = Set.of(
            "一家", "一个", "企业", "公司", "集团", "我们", "我", "我想", "想", "想要", "希望", "准备", "计划", "打算", "在", "到",
            "做", "的", "和", "及", "与", "或", "等", "从", "为", "是", "有", "天津", "天津市", "落地", "落户", "设", "设立",
            "搬", "搬到", "迁", "迁到", "注册", "相关", "团队", "机构", "服务机构", "服务商", "供应商", "运营商", "制造商",
            "生产商", "工作室", "俱乐部", "生产", "制造", "研发", "开发", "设计", "服务", "设备", "装备", "产业", "行业",
            "领域", "项目", "投资", "发展", "建设", "参与", "民营", "民营企业", "配套", "利用", "运营", "供应", "业务",
            "产品", "技术", "中心", "基地", "园区", "示范", "应用", "经营", "新", "高端", "国际", "国内", "材料", "零部件",
            "部件", "配件", "组件", "整机", "系统", "解决方案", "工厂", "厂", "设厂", "建厂", "办厂", "平台",
            "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "from", "that", "this", "our", "we",
            "are", "its", "is", "company", "companies", "enterprise", "enterprises", "firm", "business", "inc", "ltd",
            "group", "corp", "maker", "makers", "manufacturer", "manufacturers", "producer", "developer", "developers",
            "provider", "supplier", "wants", "want", "looking", "site", "park", "parks", "team", "studio");

    /** The words of the tokens worth matching, in order, without repeats. */
    public static List<String> of(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String w = t.word();
            if (GENERIC.contains(w)) {
                continue;
            }
            if (t.isLatin() ? w.length() >= 2 && w.codePoints().anyMatch(Character::isLetter) : w.length() >= 2) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    private Terms() {
    }
}
