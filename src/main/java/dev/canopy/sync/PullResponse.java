package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code GET /api/v1/sync/pull}: changes after the client's cursor, the cursor to ask from next, whether more are
 * waiting, and the highest mutation id the server has applied from the caller.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PullResponse(@JsonProperty("changes") List<Change> changes,
                           @JsonProperty("cursor") long cursor,
                           @JsonProperty("hasMore") boolean hasMore,
                           @JsonProperty("lastMutationId") long lastMutationId) {
}
