package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The answer to a push: one result per mutation, the highest mutation id the server has now seen from this client
 * (so the client can drop those from its outbox), and the server's change cursor after the push.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PushResponse(@JsonProperty("lastMutationId") long lastMutationId,
                           @JsonProperty("results") List<MutationResult> results,
                           @JsonProperty("cursor") long cursor) {
}
