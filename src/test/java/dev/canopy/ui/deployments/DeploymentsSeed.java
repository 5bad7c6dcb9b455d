package dev.canopy.ui.deployments;

import dev.canopy.ui.SeedRecords;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data every Deployments test starts from. Northwind (MSP) deploys 7-Zip Latest to every client
 * (cross-tenant); Acme deploys Chrome At least 120.0 to itself and its child tenants, Acme Tools to
 * itself only, and 7-Zip Not present to its computers tagged "kiosk"; Acme Berlin (under Acme) has a
 * kiosk computer and an office PC; Contoso opts out of cross-tenant deployments; Globex has nothing.
 */
final class DeploymentsSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID berlin = UUID.randomUUID();
    final UUID contoso = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    final UUID acmeTools = UUID.randomUUID();
    final UUID kiosk = UUID.randomUUID();
    final UUID officePc = UUID.randomUUID();

    /** Through the sample writer, the one way to seed computers; it takes tenants, deployments and settings too. */
    void write(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(berlin, acme, "Acme Berlin", TenantKind.SUB));
            writer.tenant(tenant(contoso, msp, "Contoso", TenantKind.CLIENT));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT));
            writer.deployment(deployment(UUID.randomUUID(), msp, "7-Zip", DesiredState.LATEST, "", DeploymentScope.CROSS_TENANT, false, ""));
            writer.deployment(deployment(UUID.randomUUID(), acme, "Google Chrome", DesiredState.AT_LEAST, "120.0", DeploymentScope.TENANT, true, ""));
            writer.deployment(deployment(acmeTools, acme, "Acme Tools", DesiredState.ANY_VERSION, "", DeploymentScope.TENANT, false, ""));
            writer.deployment(deployment(UUID.randomUUID(), acme, "7-Zip", DesiredState.NOT_PRESENT, "", DeploymentScope.TAG, false, "kiosk"));
            writer.preference(TenantPreference.of(PreferenceCatalogue.EXCLUDE_FROM_CROSS_TENANT, contoso, PreferenceMode.OVERRIDE, "true", META));
            writer.computer(computer(kiosk, "BER-KIOSK-01", berlin, "kiosk"));
            writer.computer(computer(officePc, "BER-PC-02", berlin, "office"));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return SeedRecords.tenant(id, parent, name, kind, META);
    }

    private static Deployment deployment(UUID id, UUID owner, String software, DesiredState state, String version,
                                         DeploymentScope scope, boolean children, String tag) {
        return new Deployment(id, owner, software, state, version, Enforcement.REQUIRED, scope, children, List.of(), tag,
                DeploymentOrder.UNORDERED, true, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, String tag) {
        return SeedRecords.computer(id, name, tenant, tag, META);
    }
}
