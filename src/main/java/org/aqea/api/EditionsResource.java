package org.aqea.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aqea.batch.IncrementalDays;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The editions this server reads (Wiktionary editions and Wikidata's lexemes): the start form offers them, a job's
 * {@code edition} names one, and {@code source} is what a job request that reads its dumps sends; for an edition with
 * incremental dumps, the source that reads them, the last day applied and the day to apply next.
 */
@Path("editions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditionsResource {

    /**
     * @param liveSource     the source that follows the edition's wiki
     * @param liveAppliedUpTo the end of the last window of the wiki's changes applied: the next live run starts there
     */
    public record EditionView(String code, String name, String source, String incrementalSource, String lastDayApplied,
                              String nextDay, String liveSource, String liveAppliedUpTo) {
    }

    @Inject
    IncrementalDays days;

    @Operation(summary = "The editions this server can extract (Wiktionary editions, Wikidata's lexemes), by code")
    @APIResponse(responseCode = "200", description = "The editions, sorted by code")
    @GET
    public List<EditionView> editions() {
        return Editions.all().stream().map(edition -> {
            if (!edition.hasIncrementalDumps()) {
                return new EditionView(edition.code(), edition.name(), edition.jobSource(), null, null, null, null, null);
            }
            IncrementalDays.Days known = days.of(edition.code());
            return new EditionView(edition.code(), edition.name(), edition.jobSource(), Edition.WIKTIONARY_INCREMENTAL,
                    known.lastApplied().map(LocalDate::toString).orElse(null), known.next().map(LocalDate::toString).orElse(null),
                    Edition.WIKTIONARY_LIVE, known.liveAppliedUpTo().map(Instant::toString).orElse(null));
        }).toList();
    }
}
