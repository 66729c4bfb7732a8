package org.seigraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Needs that no run of {@link ParkFitBench} sends twice (the model runs for each when the app keeps no recent
 * vectors, {@code --seigraph.text.recent-vectors=0}: the origin words that tell a need's variants apart are not
 * among the terms the model is given): every need of the judging corpus ({@code parkfit/needs.tsv}, 70 Chinese and 27 English) said by a
 * company from one of {@link #ORIGINS_ZH} places with one of {@link #ASKS_ZH} requests, in the language of the need
 * ("上海一家企业：网络游戏和动漫制作，寻找合适的园区"). Shuffled with a fixed seed so that short and long needs
 * alternate as they would in real traffic.
 */
public final class NewNeeds {

    static final List<String> ORIGINS_ZH = List.of("北京", "上海", "深圳", "广州", "杭州", "苏州", "成都", "香港",
            "台湾", "日本", "韩国", "德国", "美国", "新加坡", "南京", "武汉", "西安", "重庆", "青岛", "大连", "厦门",
            "英国", "法国", "澳门");
    static final List<String> ORIGINS_EN = List.of("Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Suzhou",
            "Chengdu", "Hong Kong", "Taiwan", "Japan", "Korea", "Germany", "the United States", "Singapore", "Nanjing",
            "Wuhan", "Xi'an", "Chongqing", "Qingdao", "Dalian", "Xiamen", "the United Kingdom", "France", "Macao");
    static final List<String> ASKS_ZH = List.of("想在天津落地", "寻找合适的园区", "计划设立研发中心", "拟投资建厂",
            "希望了解扶持政策", "考虑迁址天津", "需要厂房和人才支持", "希望与高校合作", "打算设立区域总部",
            "正在选址", "计划扩大产能", "准备设立分公司", "需要办公场地", "希望尽快投产", "正在比较几个城市", "打算长期投资");
    static final List<String> ASKS_EN = List.of("wants to set up in Tianjin", "is looking for a suitable park",
            "plans an R&D centre", "plans to build a factory", "asks about support policies", "considers moving to Tianjin",
            "needs premises and skilled staff", "seeks university partners", "plans a regional headquarters",
            "is choosing a site", "plans to expand capacity", "plans a branch office", "needs office space",
            "wants to start production soon", "is comparing several cities", "plans a long-term investment");

    private static List<String> all;

    public static synchronized List<String> all() {
        if (all == null) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String[] need : corpus()) {
                boolean zh = need[0].equals("zh");
                for (int o = 0; o < ORIGINS_ZH.size(); o++) {
                    for (int a = 0; a < ASKS_ZH.size(); a++) {
                        out.add(zh ? ORIGINS_ZH.get(o) + "一家企业：" + need[1] + "，" + ASKS_ZH.get(a)
                                : "A company from " + ORIGINS_EN.get(o) + ": " + need[1] + "; it " + ASKS_EN.get(a));
                    }
                }
            }
            List<String> list = new ArrayList<>(out);
            Collections.shuffle(list, new Random(13));
            all = List.copyOf(list);
        }
        return all;
    }

    /** How the needs are made, with their mean length in characters. */
    static String describe() {
        double mean = all().stream().mapToInt(String::length).average().orElse(0);
        return String.format(java.util.Locale.ROOT, "the %d needs of parkfit/needs.tsv × %d origins × %d requests, "
                + "mean %.0f characters, e.g. \"%s\"", corpus().size(), ORIGINS_ZH.size(), ASKS_ZH.size(), mean, all().get(0));
    }

    /** lang and need of every case of the judging corpus. */
    private static List<String[]> corpus() {
        try (InputStream in = NewNeeds.class.getResourceAsStream("/parkfit/needs.tsv")) {
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                out.add(new String[] {cols[1], cols[2]});
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NewNeeds() {
    }
}
