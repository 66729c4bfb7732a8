package org.seigraph.maps;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GraphML node ids must be XML NMTOKENs; ours hold full-width punctuation, quotes, slashes and parentheses.
 * Each id keeps its letters (ASCII, CJK ideographs), digits, {@code - . :}, and the rest becomes
 * {@code _xHHHH}, so the XML id stays readable and the same whatever else is exported; the exact id is in
 * the {@code id} data key.
 */
final class XmlIds {

    static Map<String, String> forNodes(List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String id : ids) {
            String token = nmtoken(id);
            String unique = token;
            for (int i = 2; !used.add(unique); i++) {
                unique = token + "_" + i;
            }
            out.put(id, unique);
        }
        return out;
    }

    static String nmtoken(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (safe(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("_x%04X", c));
            }
        });
        return out.isEmpty() ? "_" : out.toString();
    }

    /** Characters that are NMTOKEN characters under every edition of XML 1.0. */
    private static boolean safe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == ':' || (c >= 0x4E00 && c <= 0x9FA5);
    }

    private XmlIds() {
    }
}
