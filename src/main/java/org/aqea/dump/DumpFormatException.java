package org.aqea.dump;

import java.io.IOException;

/** A dump that cannot be read further: names the file, where it broke and why. */
public class DumpFormatException extends IOException {

    public DumpFormatException(String file, long byteOffset, String lastTitle, String problem, Throwable cause) {
        super(describe(file, byteOffset, lastTitle, problem), cause);
    }

    /** A dump whose {@code message} already says where it broke. */
    protected DumpFormatException(String message) {
        super(message);
    }

    private static String describe(String file, long byteOffset, String lastTitle, String problem) {
        StringBuilder message = new StringBuilder(file).append(": ").append(problem)
                .append(" (near byte offset ").append(byteOffset);
        if (lastTitle != null) {
            message.append(", after page '").append(lastTitle).append('\'');
        } else {
            message.append(", before the first page");
        }
        return message.append(')').toString();
    }
}
