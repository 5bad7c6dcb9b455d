package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code POST /api/v1/sync/publish}: one chunk of a never-synced client's whole local state, offered as the first
 * state of a server that holds no tenants. The server applies all chunks of a publish together once the last has
 * arrived, or none of them.
 *
 * @param publishId the client's id for this publish (the same in every chunk)
 * @param chunk     this chunk's number, 0-based
 * @param chunks    how many chunks the publish has
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishRequest(@JsonProperty("clientId") String clientId,
                             @JsonProperty("publishId") String publishId,
                             @JsonProperty("chunk") int chunk,
                             @JsonProperty("chunks") int chunks,
                             @JsonProperty("records") List<PublishedRecord> records) {

    /** One record, as a pull would return it: its entity name and its fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublishedRecord(@JsonProperty("entity") String entity,
                                  @JsonProperty("record") java.util.Map<String, Object> record) {
    }
}
