package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * What the server did with one mutation: {@link #APPLIED}, {@link #MERGED} (applied over a newer record without
 * touching the same fields), {@link #CONFLICT} (current holds the server's record) or {@link #REJECTED} (reason says
 * why).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationResult(@JsonProperty("id") long id,
                             @JsonProperty("status") String status,
                             @JsonProperty("reason") String reason,
                             @JsonProperty("current") Map<String, Object> current) {

    public static final String APPLIED = "APPLIED";
    public static final String MERGED = "MERGED";
    public static final String CONFLICT = "CONFLICT";
    public static final String REJECTED = "REJECTED";

    public static MutationResult rejected(long id, String reason) {
        return new MutationResult(id, REJECTED, reason, null);
    }
}
