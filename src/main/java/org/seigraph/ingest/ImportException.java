package org.seigraph.ingest;

/** A bundle that cannot be loaded; says which file, line and column, and what is wrong. Nothing was loaded. */
public class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;

    public ImportException(String file, long line, String column, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (column != null ? ", column " + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }
}
