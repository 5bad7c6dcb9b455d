package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;
import java.util.UUID;

/**
 * One entry of the server's change feed, in seq order: a record of an entity was written ({@link #UPSERT}, record
 * holds it), deleted ({@link #DELETE}), or is no longer visible to this caller ({@link #REVOKE}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(@JsonProperty("seq") long seq,
                     @JsonProperty("entity") String entity,
                     @JsonProperty("id") UUID id,
                     @JsonProperty("op") String op,
                     @JsonProperty("record") Map<String, Object> record) {

    public static final String UPSERT = "UPSERT";
    public static final String DELETE = "DELETE";
    public static final String REVOKE = "REVOKE";
}
