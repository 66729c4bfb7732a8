package org.seigraph.web;

import java.nio.charset.StandardCharsets;

/** Answers that are files: their {@code Content-Disposition}. */
public final class Downloads {

    /** RFC 6266: an ASCII {@code filename} for old clients and the exact UTF-8 name as {@code filename*} (RFC 5987). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]+", "").replaceAll("[\"\\\\]", "_").replaceAll("_{2,}", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** A file-name part from user values (ids, names): path and reserved characters and spaces become '_'. */
    public static String safePart(String value) {
        return value.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_");
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private Downloads() {
    }
}
