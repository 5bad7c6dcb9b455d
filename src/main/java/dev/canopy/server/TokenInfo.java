package dev.canopy.server;

import java.time.Instant;
import java.util.UUID;

/** What {@code token list} shows of a token: never the token. lastUsed and revoked may be null. */
public record TokenInfo(UUID id, String email, Instant created, Instant lastUsed, Instant revoked) {
}
