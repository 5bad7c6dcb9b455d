package dev.canopy.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry as the history view shows it.
 *
 * @param changes JSON object {field: {before, after}}
 */
public record AuditRecord(long id, Instant at, String actor, String entity, UUID recordId, UUID tenantId, String action, String changes) {
}
