package org.golivesim.serve;

import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, with the HTTP status and what the browser shows: a message and, for input, one
 * problem per key (its value and what is allowed), so the page can put each message beside its control.
 */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem with one input. */
    record Problem(String key, String value, String message, String allowed) {}

    private final int status;
    private final transient List<Problem> problems;

    HttpError(int status, String message) {
        this(status, message, List.of());
    }

    HttpError(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** 400 for one bad input. */
    static HttpError badInput(String key, String value, String message, String allowed) {
        return new HttpError(
                400,
                key + ": " + message + (allowed.isEmpty() ? "" : "; allowed: " + allowed),
                List.of(new Problem(key, value, message, allowed)));
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The JSON body: {@code {"error": ..., "problems": [...]}}. */
    Map<String, Object> body() {
        return Map.of("error", getMessage(), "problems", problems);
    }
}
