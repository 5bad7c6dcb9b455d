package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One edit from a client's outbox: the command's name and arguments, the version of the record the edit was made
 * against (for conflict detection) and the fields it changed. Ids are the client's outbox ids, positive and
 * increasing, so a retried push can be recognised.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mutation(@JsonProperty("id") long id,
                       @JsonProperty("name") String name,
                       @JsonProperty("args") Map<String, Object> args,
                       @JsonProperty("baseVersion") long baseVersion,
                       @JsonProperty("fields") List<String> fields) {
}
