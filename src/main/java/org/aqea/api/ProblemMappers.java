package org.aqea.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a problem+json answer; stack traces go to the log, never to the client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class ApiExceptionMapper implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return Problem.response(e.status(), e.getMessage());
        }
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return Problem.response(Response.Status.BAD_REQUEST, "the request body is not valid JSON: "
                        + firstLine(cause.getMessage()));
            }
            return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(),
                    firstLine(e.getMessage()));
        }
    }

    /** A body JSON-B cannot read: Liberty wraps it in a WebApplicationException (above), RESTEasy (WildFly) not. */
    @Provider
    public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            if (e.getCause() instanceof JsonbException cause) {
                return Problem.response(Response.Status.BAD_REQUEST, "the request body is not valid JSON: "
                        + firstLine(cause.getMessage()));
            }
            return new UnexpectedExceptionMapper().toResponse(e);
        }
    }

    @Provider
    public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "the request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "the server failed to answer: " + e.getClass().getSimpleName() + " (details in the server log)");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
