package org.seigraph.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxTablesTest {

    static byte[] xlsx(Table table, Table.Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTables.write(table, lang, out);
        return out.toByteArray();
    }

    @Test
    void readBackTypedCellsAndNoFormulas() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx(CsvTablesTest.SAMPLE, Table.Lang.ZH)))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("示例");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(7);
            assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2)))
                    .containsExactly("名称", "数值", "牵头");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("“互联网＋”产业");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("1.5"));
            assertThat(rows.get(1).getCellText(2)).isEqualTo("是");
            // text that looks like a formula stays text, as written
            assertThat(rows.get(2).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(rows.get(4).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(5).getCellAsNumber(1)).contains(new BigDecimal("2020"));
            for (Row row : rows) {
                row.forEach(cell -> assertThat(cell == null || cell.getType() != CellType.FORMULA).isTrue());
            }
        }
    }

    @Test
    void columnWidthsFrozenHeaderAndFilterAreSet() throws Exception {
        String sheetXml = entry(xlsx(CsvTablesTest.SAMPLE, Table.Lang.EN), "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("<col ").contains("customWidth=\"true\"");
        assertThat(sheetXml).contains("state=\"frozen\"");
        assertThat(sheetXml).contains("<autoFilter");
        assertThat(sheetXml).doesNotContain("<f>");
    }

    @Test
    void sheetNamesAreValid() {
        assertThat(XlsxTables.sheetName("a/b:c*d?e[f]g\\h")).isEqualTo("a b c d e f g h");
        assertThat(XlsxTables.sheetName("x".repeat(40))).hasSize(31);
        assertThat(XlsxTables.sheetName("'quoted'")).isEqualTo("quoted");
        assertThat(XlsxTables.sheetName("  ")).isEqualTo("Sheet1");
        assertThat(XlsxTables.displayWidth("海洋ab")).isEqualTo(6);
    }

    /** An entry of the file, read through the zip's central directory as spreadsheet programs do. */
    private static String entry(byte[] zip, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("table", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
