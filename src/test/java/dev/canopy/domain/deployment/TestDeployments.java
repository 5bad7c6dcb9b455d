package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A fluent builder of deployments for tests: {@code TestDeployments.of("7-Zip").latest().tenant(acme).children().build()}. */
final class TestDeployments {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private UUID id = UUID.randomUUID();
    private UUID owner;
    private final String software;
    private DesiredState state = DesiredState.LATEST;
    private String version = "";
    private Enforcement enforcement = Enforcement.REQUIRED;
    private DeploymentScope scope = DeploymentScope.TENANT;
    private boolean includeChildTenants;
    private final List<UUID> computers = new ArrayList<>();
    private String tag = "";
    private boolean enabled = true;
    private boolean deleted;
    private Instant updatedAt = T0;

    private TestDeployments(String software) {
        this.software = software;
    }

    static TestDeployments of(String software) {
        return new TestDeployments(software);
    }

    TestDeployments id(UUID value) {
        id = value;
        return this;
    }

    TestDeployments state(DesiredState value, String ver) {
        state = value;
        version = ver;
        return this;
    }

    TestDeployments latest() {
        return state(DesiredState.LATEST, "");
    }

    TestDeployments notPresent() {
        return state(DesiredState.NOT_PRESENT, "");
    }

    TestDeployments crossTenant(UUID msp) {
        scope = DeploymentScope.CROSS_TENANT;
        owner = msp;
        return this;
    }

    TestDeployments tenant(UUID tenant) {
        scope = DeploymentScope.TENANT;
        owner = tenant;
        return this;
    }

    TestDeployments children() {
        includeChildTenants = true;
        return this;
    }

    TestDeployments computers(UUID tenant, UUID... ids) {
        scope = DeploymentScope.COMPUTER;
        owner = tenant;
        computers.addAll(List.of(ids));
        return this;
    }

    TestDeployments tag(UUID tenant, String value) {
        scope = DeploymentScope.TAG;
        owner = tenant;
        tag = value;
        return this;
    }

    TestDeployments disabled() {
        enabled = false;
        return this;
    }

    TestDeployments deleted() {
        deleted = true;
        return this;
    }

    TestDeployments updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    TestDeployments enforcement(Enforcement value) {
        enforcement = value;
        return this;
    }

    Deployment build() {
        return new Deployment(id, owner, software, state, version, enforcement, scope, includeChildTenants, computers, tag,
                DeploymentOrder.UNORDERED, enabled, new RecordMeta(0, updatedAt, "alice", deleted));
    }
}
