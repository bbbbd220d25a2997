package org.aqea.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.aqea.config.Settings;
import org.aqea.security.Sha256;

/**
 * A read answer a browser or a CDN may keep: a strong {@code ETag} from the SHA-256 of the JSON it carries, and
 * {@code 304 Not Modified} when the client already holds it. Open reading lets shared caches keep it for
 * {@value #MAX_AGE_SECONDS} s; with log-ins only the client's own cache keeps it, and asks again each time.
 */
final class CacheableAnswer {

    static final int MAX_AGE_SECONDS = 60;

    private CacheableAnswer() {
    }

    static Response of(Request request, Object view) {
        String json = Json.JSONB.toJson(view);
        EntityTag tag = new EntityTag(Sha256.hex(json));
        String caching = cacheControl(Settings.openRead());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, caching).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, caching).build();
    }

    static String cacheControl(boolean openRead) {
        return openRead ? "public, max-age=" + MAX_AGE_SECONDS : "private, no-cache";
    }

    /** Made on first use: the JSON-B provider is the server's. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
