package dev.canopy.store;

import java.util.Objects;
import java.util.UUID;

/**
 * A computer or person found by {@link LocalStore#findByName}: its id, the name it shows, its tenant, and one more
 * line to tell it apart (a computer's OS, a person's e-mail).
 */
public record FoundRecord(Kind kind, UUID id, String name, UUID tenantId, String detail) {

    public enum Kind { COMPUTER, PERSON }

    public FoundRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }
}
