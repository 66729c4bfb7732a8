package org.seigraph.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class TableFormatTest {

    @Test
    void csvByDefaultXlsxInAnyCaseAndNothingElse() {
        assertThat(TableFormat.parse(null)).isEqualTo(TableFormat.CSV);
        assertThat(TableFormat.parse("XLSX")).isEqualTo(TableFormat.XLSX);
        for (String bad : new String[]{"", "pdf", "csv,xlsx", "xls"}) {
            assertThatThrownBy(() -> TableFormat.parse(bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
    }

    @Test
    void aDownloadCarriesItsTypeNameAndRowCount() {
        ResponseEntity<byte[]> csv = TableFormat.CSV.download(CsvTablesTest.SAMPLE, Table.Lang.EN, "sei-graph-样例");
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"sei-graph-.csv\"; filename*=UTF-8''sei-graph-%E6%A0%B7%E4%BE%8B.csv");
        assertThat(csv.getHeaders().getFirst("X-Table-Rows")).isEqualTo("6");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFF\"Name\",\"Value\",\"Lead\"\r\n");
        ResponseEntity<byte[]> xlsx = TableFormat.XLSX.download(CsvTablesTest.SAMPLE, Table.Lang.ZH, "t");
        assertThat(xlsx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // a zip (the XLSX container) starts with PK
        assertThat(new String(xlsx.getBody(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }
}
