package org.seigraph.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as XLSX (fastexcel): one sheet named after the table (a valid sheet name: at most 31 characters, none of
 * {@code []:*?/\}), a bold header row frozen at the top with a filter, column widths from the longest cell (Chinese
 * characters count double), numbers as numeric cells, and text always as text cells, never as a formula, whatever
 * it starts with.
 */
public final class XlsxTables {

    static final int MAX_SHEET_NAME = 31;
    static final double MIN_WIDTH = 6;
    static final double MAX_WIDTH = 60;

    public static void write(Table table, Table.Lang lang, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "SEI Graph", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(lang)));
            List<Table.Column> columns = table.columns();
            double[] widths = new double[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String header = columns.get(c).header(lang);
                sheet.value(0, c, header);
                widths[c] = displayWidth(header);
            }
            sheet.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold().fillColor("DDEBF7").set();
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    Table.Type type = columns.get(c).type();
                    if (value == null) {
                        continue;
                    }
                    String shown;
                    if (type == Table.Type.NUMBER && value instanceof Number n) {
                        // whole numbers as integers, so the cell reads 20 rather than 20.0
                        double d = n.doubleValue();
                        sheet.value(r, c, d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : n);
                        shown = CsvTables.number(n);
                    } else {
                        shown = type == Table.Type.BOOLEAN && value instanceof Boolean b ? lang.yesNo(b) : value.toString();
                        sheet.value(r, c, shown);
                    }
                    widths[c] = Math.max(widths[c], displayWidth(shown));
                }
                r++;
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2)));
            }
            sheet.freezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(0, 0, columns.size() - 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name Excel accepts for a sheet. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
        return name.isBlank() ? "Sheet1" : name;
    }

    /** Roughly how many character widths a text takes in a cell: CJK and full-width characters count two. */
    static double displayWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            width += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || (ch >= '\u3000' && ch <= '\u30FF')
                    || (ch >= '\uFF00' && ch <= '\uFFEF') ? 2 : 1;
        }
        return width;
    }

    private XlsxTables() {
    }
}
