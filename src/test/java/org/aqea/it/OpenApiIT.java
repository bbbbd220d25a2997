package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.aqea.api.AccessFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API description at /openapi names every resource method of the application with its answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyResourceMethodIsDescribedWithItsAnswersAndProblemDocuments() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        JsonNode api = new ObjectMapper().readTree(answer.body());
        JsonNode paths = api.get("paths");

        List<String> described = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = "/api/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                        : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete"
                        : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + "/" + sub.value();
                JsonNode operation = paths.path(path).path(verb);
                assertFalse(operation.isMissingNode(), () -> verb + " " + path + " (" + method + ") is not described");
                assertTrue(operation.path("summary").asText().length() > 10, () -> verb + " " + path + " has no summary");
                JsonNode responses = operation.get("responses");
                assertTrue(Stream.of("200", "201", "202").anyMatch(responses::has), () -> path + ": no success answer in " + responses);
                if (AccessFilter.OPEN_PATHS.contains(path.substring("/api/".length()))) {
                    assertTrue(responses.has("429") && !responses.has("401"), () -> path + " is open within the rate limit");
                    assertEquals(0, operation.get("security").size(), () -> path + " is open to all");
                } else if (!path.endsWith("/health")) {
                    for (String access : List.of("401", "403", "429")) {
                        assertTrue(responses.has(access), () -> verb + " " + path + " lacks the answer " + access);
                    }
                } else {
                    assertEquals(0, operation.get("security").size(), "the health check is open to all");
                }
                described.add(verb + " " + path);
            }
        }
        assertTrue(described.size() >= 17, described::toString);

        JsonNode badRequest = api.at("/components/responses/BadRequest/content");
        assertTrue(badRequest.has("application/problem+json"), badRequest::toString);
        JsonNode start = paths.at("/~1api~1jobs/post/requestBody/content/application~1json");
        assertEquals("wiktionary-dump", start.at("/examples/German dump/value/source").asText(), start::toString);
        assertTrue(api.at("/components/securitySchemes/token/scheme").asText().equals("bearer"), api.at("/components")::toString);

        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "/openapi/ui/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html") || ui.body().contains("<!DOCTYPE"), "the explorer is a page");
    }

    /** The resource classes of the application, from the compiled classes. */
    private static List<Class<?>> resources() throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("target", "classes", "org", "aqea", "api"))) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    // Not initialised: the server's classes read the server's configuration when they are.
                    Class<?> type = Class.forName("org.aqea.api." + name.substring(0, name.length() - 6), false,
                            OpenApiIT.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        assertTrue(resources.size() >= 8, resources::toString);
        return resources;
    }
}
