package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What should (or should not) be on computers: one software at one desired state, reaching the
 * computers its scope names. Immutable; {@link DeploymentRules#check} gives the normalised value
 * the store accepts. {@code version} and {@code tag} are "" when unused.
 */
public record Deployment(UUID id,
                         UUID ownerTenantId,
                         String software,
                         DesiredState desiredState,
                         String version,
                         Enforcement enforcement,
                         DeploymentScope scope,
                         boolean includeChildTenants,
                         List<UUID> computerIds,
                         String tag,
                         DeploymentOrder order,
                         boolean enabled,
                         RecordMeta meta) {

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerTenantId, "ownerTenantId");
        Objects.requireNonNull(desiredState, "desiredState");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(meta, "meta");
        software = software == null ? "" : software;
        version = version == null ? "" : version;
        tag = tag == null ? "" : tag;
        computerIds = List.copyOf(computerIds);
    }

    public boolean deleted() {
        return meta.deleted();
    }

    /** Only enabled, non-deleted deployments take part in resolution. */
    public boolean active() {
        return enabled && !meta.deleted();
    }

    public Deployment withEnabled(boolean isEnabled) {
        return new Deployment(id, ownerTenantId, software, desiredState, version, enforcement, scope, includeChildTenants,
                computerIds, tag, order, isEnabled, meta);
    }

    public Deployment withDesiredState(DesiredState state, String newVersion) {
        return new Deployment(id, ownerTenantId, software, state, newVersion, enforcement, scope, includeChildTenants,
                computerIds, tag, order, enabled, meta);
    }

    public Deployment withOwner(UUID newOwnerTenantId) {
        return new Deployment(id, newOwnerTenantId, software, desiredState, version, enforcement, scope, includeChildTenants,
                computerIds, tag, order, enabled, meta);
    }

    public Deployment withMeta(RecordMeta newMeta) {
        return new Deployment(id, ownerTenantId, software, desiredState, version, enforcement, scope, includeChildTenants,
                computerIds, tag, order, enabled, newMeta);
    }
}
