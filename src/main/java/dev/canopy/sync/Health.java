package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code GET /api/v1/health}: the server is up, which protocol it speaks, and which version of its database schema
 * it runs (a client can tell an old server from a new one without a token).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(@JsonProperty("status") String status,
                     @JsonProperty("protocol") int protocol,
                     @JsonProperty("schema") int schema) {

    /** The protocol version this code speaks; the {@code v1} in the URLs. */
    public static final int PROTOCOL = 1;

    public static Health ok(int schema) {
        return new Health("ok", PROTOCOL, schema);
    }
}
