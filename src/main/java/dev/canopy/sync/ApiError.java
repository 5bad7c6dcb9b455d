package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every error response: a stable machine code ({@code unauthorized}, {@code bad_request}, …) for the client to act on,
 * and a sentence for a person to read. Never a stack trace or SQL.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(@JsonProperty("error") String error, @JsonProperty("reason") String reason) {
}
