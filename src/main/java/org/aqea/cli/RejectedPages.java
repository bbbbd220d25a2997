package org.aqea.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import org.aqea.dump.DumpPage;
import org.aqea.lexicon.LexiconJson;

/**
 * The offline command's record of the pages it rejected: one JSON line per page (title, page id, revision, reason),
 * in a file of their own ({@code --rejects}) or on standard error.
 */
final class RejectedPages implements AutoCloseable {

    private final Writer file;
    private final PrintStream status;

    /** @param file where the lines go, or null for {@code status} */
    RejectedPages(Writer file, PrintStream status) {
        this.file = file;
        this.status = status;
    }

    void write(DumpPage page, String reason) throws IOException {
        ObjectNode line = LexiconJson.MAPPER.createObjectNode();
        line.put("title", page.title());
        line.put("page_id", page.pageId());
        line.put("revision_id", page.revisionId());
        line.put("reason", reason);
        if (file == null) {
            status.println("rejected page: " + line);
        } else {
            file.write(line + "\n");
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
