package org.aqea.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers {@link AccessFilter} may give to any call (401, 403, 429) are added to every operation of the API
 * description here, once, instead of on each resource method; the health check is marked open to all, the
 * registry's published paths open to all within the rate limit (429 only).
 */
public class OpenApiCommonAnswers implements OASFilter {

    private static final Map<String, String> ACCESS_ANSWERS = Map.of("401", "Unauthorized", "403", "Forbidden",
            "429", "TooManyRequests");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean health = path.getKey().endsWith("/health");
            boolean open = AccessFilter.OPEN_PATHS.contains(path.getKey().replaceFirst("^/api/", ""));
            for (Operation operation : path.getValue().getOperations().values()) {
                if (health) {
                    operation.setSecurity(List.of());
                    continue;
                }
                if (open) {
                    operation.setSecurity(List.of());
                }
                APIResponses responses = operation.getResponses();
                ACCESS_ANSWERS.forEach((code, name) -> {
                    if (!responses.hasAPIResponse(code) && (!open || code.equals("429"))) {
                        responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
                    }
                });
            }
        }
    }
}
