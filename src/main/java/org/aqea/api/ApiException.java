package org.aqea.api;

import jakarta.ws.rs.core.Response;

/** A refusal the client can act on: its message is shown to the client as the problem's detail. */
public class ApiException extends RuntimeException {

    private final Response.Status status;

    public ApiException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(Response.Status.BAD_REQUEST, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Response.Status.NOT_FOUND, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Response.Status.CONFLICT, detail);
    }

    public Response.Status status() {
        return status;
    }
}
