package org.seigraph.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    static final Table SAMPLE = new Table("sample", "示例", "Sample", List.of(
            new Table.Column("name", "名称", "Name", Table.Type.TEXT),
            new Table.Column("value", "数值", "Value", Table.Type.NUMBER),
            new Table.Column("lead", "牵头", "Lead", Table.Type.BOOLEAN)),
            List.of(Arrays.asList("“互联网＋”产业", 1.5, true),
                    Arrays.asList("=HYPERLINK(\"http://x\")", 20.0, false),
                    Arrays.asList("a, \"quoted\"\nline", -3, null),
                    Arrays.asList("@SUM(A1)", null, null),
                    Arrays.asList("+1", 2020L, true),
                    Arrays.asList("-2", null, null)));

    static byte[] csv(Table table, Table.Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTables.write(table, lang, out);
        return out.toByteArray();
    }

    @Test
    void utf8WithBomCrlfAndEveryFieldQuoted() {
        byte[] bytes = csv(SAMPLE, Table.Lang.ZH);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"名称\",\"数值\",\"牵头\"\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r"); // the only line break inside a field is its own \n
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void readBackWithCommonsCsvCellsAreAsWrittenAndDefused() throws Exception {
        byte[] bytes = csv(SAMPLE, Table.Lang.EN);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(7);
        assertThat(records.get(0).toList()).containsExactly("Name", "Value", "Lead");
        assertThat(records.get(1).toList()).containsExactly("“互联网＋”产业", "1.5", "yes");
        assertThat(records.get(2).toList()).containsExactly("'=HYPERLINK(\"http://x\")", "20", "no");
        assertThat(records.get(3).toList()).containsExactly("a, \"quoted\"\nline", "-3", "");
        assertThat(records.get(4).get(0)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(5).toList()).containsExactly("'+1", "2020", "yes");
        assertThat(records.get(6).get(0)).isEqualTo("'-2");
        // the numbers themselves are numbers, not defused text
        assertThat(records.get(3).get(1)).isEqualTo("-3");
    }

    @Test
    void chineseYesNo() throws Exception {
        byte[] bytes = csv(SAMPLE, Table.Lang.ZH);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(1).get(2)).isEqualTo("是");
        assertThat(records.get(2).get(2)).isEqualTo("否");
    }
}
