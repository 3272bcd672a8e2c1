package org.golivesim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON in and out: one mapper; numbers that are not finite become null (JSON has no NaN). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Parses a request body.
     *
     * @throws HttpError (400) when it is not JSON
     */
    static JsonNode read(String body) {
        try {
            JsonNode n = MAPPER.readTree(body == null ? "" : body);
            if (n == null || n.isMissingNode()) {
                throw new HttpError(400, "expected a JSON body");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpError(400, "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static Double[] finite(double[] v) {
        Double[] out = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = finite(v[i]);
        }
        return out;
    }
}
