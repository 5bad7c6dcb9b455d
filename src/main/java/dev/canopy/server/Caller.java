package dev.canopy.server;

import dev.canopy.domain.person.Role;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is making a request, as its bearer token says: the account, the person's email, their role, and the tenant the
 * account belongs to (null until the MSP's first publish creates it).
 */
public record Caller(UUID accountId, String email, Role role, UUID tenantId) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }
}
