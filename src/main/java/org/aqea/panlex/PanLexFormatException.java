package org.aqea.panlex;

import org.aqea.dump.DumpFormatException;

/** A table of a PanLex snapshot that is not what PanLex writes: names the table's file and the row's line. */
public final class PanLexFormatException extends DumpFormatException {

    private final String file;
    private final long line;

    public PanLexFormatException(String file, long line, String problem) {
        super(file + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
