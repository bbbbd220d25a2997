package org.aqea.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.aqea.config.Settings;
import org.aqea.journal.Journal;
import org.aqea.journal.JournalFile;

/** The local journal: files waiting for a replay, and the executions they belong to. */
@Path("journal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Operation(summary = "The journal: chunks waiting for the lexicon database")
    @APIResponse(responseCode = "200", description = "The journal files")
    @GET
    public Map<String, Object> journal() throws IOException {
        return view();
    }

    static Map<String, Object> view() throws IOException {
        Journal journal = new Journal(Settings.journalDir());
        List<JournalFile> pending = journal.pending();
        return Map.of("directory", journal.directory().toString(), "pendingFiles", pending.size(),
                "executions", pending.stream().map(JournalFile::executionId).distinct().toList());
    }
}
