package org.aqea.api;

import com.fasterxml.jackson.databind.SequenceWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.aqea.address.AqeaEntry;
import org.aqea.address.AqeaLines;
import org.aqea.edition.Editions;
import org.aqea.lexicon.LexiconJson;
import org.aqea.store.transfer.LexiconExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The stored lexicon as JSON Lines, in the offline command's form (one entry a line, its AQEA data under
 * {@code "aqea"}), streamed from a database cursor; gzip when the client accepts it.
 */
@Path("export")
@RequestScoped
public class ExportResource {

    static final String MEDIA_TYPE = "application/jsonl";
    private static final Logger LOG = Logger.getLogger(ExportResource.class.getName());
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Set<String> STATUSES = Set.of(AqeaEntry.ACTIVE, AqeaEntry.DRAFT, AqeaEntry.DEPRECATED,
            AqeaEntry.PENDING_REVIEW);

    @Inject
    LexiconExport export;

    @Operation(summary = "The lexicon as JSON Lines (gzip with Accept-Encoding: gzip), by edition, language and status")
    @APIResponse(responseCode = "200", description = "One entry a line, in page order, streamed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    public Response export(@QueryParam("edition") String edition, @QueryParam("lang") String lang,
                           @QueryParam("status") String status, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        if (edition != null && Editions.of(edition).isEmpty()) {
            throw ApiException.badRequest("edition: one of " + Editions.codes() + ", or leave it out for all");
        }
        if (lang != null && !LANGUAGE_CODE.matcher(lang).matches()) {
            throw ApiException.badRequest("lang: a language code such as 'de' or 'nds-nl', or leave it out for all");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest("status: one of " + STATUSES + ", or leave it out for all");
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase().contains("gzip");
        LexiconExport.Filter filter = new LexiconExport.Filter(edition, lang, status);
        StreamingOutput body = output -> {
            OutputStream target = gzip ? new GZIPOutputStream(output, 1 << 16) : output;
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
                 SequenceWriter lines = LexiconJson.MAPPER.writer().withRootValueSeparator("\n").writeValues(writer)) {
                long count = export.forEach(filter, (entry, aqea, quality) -> lines.write(AqeaLines.line(entry, aqea, quality)));
                if (count > 0) {
                    writer.write('\n');
                }
                LOG.info(() -> "exported " + count + " entries (" + filter + ")");
            }
        };
        Response.ResponseBuilder answer = Response.ok(body, MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"aqea-lexicon.jsonl" + (gzip ? ".gz" : "") + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            answer.header("Content-Encoding", "gzip");
        }
        return answer.build();
    }
}
