package dev.canopy.store;

import dev.canopy.domain.session.SessionStatus;

import java.time.Instant;
import java.util.UUID;

/** Receives maintenance sessions from a scan, one at a time (see {@link LocalStore#scanPeopleAndSessions}). */
public interface SessionSink {
    void session(UUID id, UUID tenantId, Instant started, SessionStatus status);
}
