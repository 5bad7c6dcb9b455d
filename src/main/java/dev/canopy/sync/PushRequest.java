package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code POST /api/v1/sync/push}: a client's pending mutations, in outbox order; dryRun asks what would happen. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PushRequest(@JsonProperty("clientId") String clientId,
                          @JsonProperty("mutations") List<Mutation> mutations,
                          @JsonProperty("dryRun") boolean dryRun) {
}
