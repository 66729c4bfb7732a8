package org.seigraph.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Tables as CSV that Excel and WPS open as they are: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * the system code page), RFC 4180 (CRLF line ends, every field quoted, quotes doubled), and text cells that start
 * with {@code = + - @}, a tab or a carriage return prefixed with an apostrophe, so a spreadsheet never runs them as
 * formulas (OWASP "CSV injection"). Numbers are written as numbers, yes/no in the table's language.
 */
public final class CsvTables {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static void write(Table table, Table.Lang lang, OutputStream out) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            List<String> headers = new ArrayList<>();
            table.columns().forEach(c -> headers.add(c.header(lang)));
            printer.printRecord(headers);
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(cell(row.get(i), table.columns().get(i).type(), lang));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value, Table.Type type, Table.Lang lang) {
        if (value == null) {
            return "";
        }
        if (type == Table.Type.BOOLEAN && value instanceof Boolean b) {
            return lang.yesNo(b);
        }
        if (type == Table.Type.NUMBER && value instanceof Number n) {
            return number(n);
        }
        return defused(value.toString());
    }

    /** Whole numbers without ".0" (20, not 20.0); others as Java writes them. */
    static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : n.toString();
    }

    /** A text cell a spreadsheet would take for a formula gets a leading apostrophe. */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private CsvTables() {
    }
}
