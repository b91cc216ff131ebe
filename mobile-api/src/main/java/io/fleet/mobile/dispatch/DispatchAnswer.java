package io.fleet.mobile.dispatch;

import jakarta.ws.rs.core.Response;

/** What dispatch-service answered: relayed to the phone as it is, so its problem documents reach the app unchanged. */
public record DispatchAnswer(int status, String contentType, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(status);
        if (body != null && !body.isEmpty()) {
            r.entity(body).type(contentType == null ? "application/json" : contentType);
        }
        return r.build();
    }
}
