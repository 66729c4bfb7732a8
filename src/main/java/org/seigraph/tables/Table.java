package org.seigraph.tables;

import java.util.List;

/**
 * A tabular answer, ready for CSV or XLSX: a title and columns in Chinese and English, and rows of plain values
 * (String, Number, Boolean or null) in the order of the answer they come from. Any feature can build one (the
 * named tables of {@link TableDefinitions}, or an answer of its own) and write it with {@link CsvTables} or
 * {@link XlsxTables}.
 */
public record Table(String name, String titleZh, String titleEn, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
        }
    }

    /** A column: its key, its header in each language and what its cells hold. */
    public record Column(String key, String zh, String en, Type type) {

        public String header(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    /** What a column's cells hold: text, a number, or a yes/no written in the table's language. */
    public enum Type { TEXT, NUMBER, BOOLEAN }

    /** The language of headers, titles and yes/no cells; names stay as the plan writes them. */
    public enum Lang {
        ZH, EN;

        public static Lang parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("zh")) {
                return ZH;
            }
            if (value.equalsIgnoreCase("en")) {
                return EN;
            }
            throw org.seigraph.web.ApiException.badRequest("'lang' must be zh or en, was '" + value + "'");
        }

        public String yesNo(boolean value) {
            return this == ZH ? (value ? "是" : "否") : (value ? "yes" : "no");
        }
    }

    public String title(Lang lang) {
        return lang == Lang.ZH ? titleZh : titleEn;
    }
}
