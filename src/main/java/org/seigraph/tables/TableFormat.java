package org.seigraph.tables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.seigraph.web.ApiException;
import org.seigraph.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The file formats a table downloads as ({@code format=csv|xlsx}), and the download itself: the file, its media type,
 * its {@code Content-Disposition} and {@code X-Table-Rows}. Every feature that answers a table as a file goes through
 * here, so the tables of {@code /api/tables} and the answers of other features open alike.
 */
public enum TableFormat {

    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    TableFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@code csv} or {@code xlsx} in any case; none given is CSV; anything else (also an empty value) BAD_REQUEST. */
    public static TableFormat parse(String value) {
        if (value == null) {
            return CSV;
        }
        for (TableFormat f : values()) {
            if (f.extension.equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw ApiException.badRequest("'format' must be csv or xlsx, was '" + value + "'");
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The table as this format's bytes, headers (and yes/no cells) in {@code lang}. */
    public byte[] write(Table table, Table.Lang lang) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        if (this == CSV) {
            CsvTables.write(table, lang, body);
        } else {
            XlsxTables.write(table, lang, body);
        }
        return body.toByteArray();
    }

    /** The table as a download named {@code baseName.csv|xlsx} (UTF-8 names kept in {@code filename*}). */
    public ResponseEntity<byte[]> download(Table table, Table.Lang lang, String baseName) {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(baseName + "." + extension))
                .header("X-Table-Rows", Integer.toString(table.rows().size()))
                .body(write(table, lang));
    }
}
