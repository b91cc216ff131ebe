package io.fleet.dispatch.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document: the one shape in which this service says no. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected input: the field as the client named it, and why. */
    public record Violation(String field, String message) {
    }
}
