package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a publish chunk: how many of its chunks the server holds, and whether the publish has been applied
 * (after its last chunk); cursor is then where the client's pulls start.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishResponse(@JsonProperty("publishId") String publishId,
                              @JsonProperty("received") int received,
                              @JsonProperty("chunks") int chunks,
                              @JsonProperty("applied") boolean applied,
                              @JsonProperty("records") int records,
                              @JsonProperty("cursor") long cursor) {
}
