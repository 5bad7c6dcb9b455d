package dev.canopy.reports;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
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
import dev.canopy.ui.SeedRecords;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The small MSP every compliance report test reads. Northwind (MSP) deploys, cross-tenant and required, 7-Zip at
 * least 24.08 and Google Chrome latest (the newest anyone has is 131.0). Acme wants Dentrix 24.1 exactly on
 * itself and its sub-tenants (onboarding); its sub-tenant Acme Berlin ignores 7-Zip. Contoso opts out of
 * cross-tenant deployments, wants Legacy VPN gone, and Backup Agent on CON-02 only. Globex's one computer
 * has a name that is a spreadsheet formula and no inventory. Acme and Contoso each have a sub-tenant "Lab".
 * <pre>
 * Acme         ACME-01  7-Zip ✓ has 24.08   Chrome ✓ has 131.0, the newest          Dentrix ✓ has 24.1
 *              ACME-02  7-Zip ✗ needs ≥ 24.08, has 23.01   Chrome ✗ needs 131.0 (newest), has 130.0   Dentrix ✗ not installed
 * Acme Berlin  BER-01   Chrome ✗ needs 131.0 (newest), has 130.0   Dentrix ✗ needs 24.1, has 24.2   (7-Zip ignored: no row)
 * Contoso      CON-01   Legacy VPN ✗ should be absent, has 2.0
 *              CON-02   Backup Agent ✗ not installed   Legacy VPN ✓ absent
 * Globex       =HYPERLINK(...)  7-Zip ✗ not installed   Chrome ✗ not installed
 * </pre>
 * 13 rows, 4 compliant.
 */
public final class ComplianceSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"open\")";

    public final UUID msp = UUID.randomUUID();
    public final UUID acme = UUID.randomUUID();
    public final UUID berlin = UUID.randomUUID();
    public final UUID acmeLab = UUID.randomUUID();
    public final UUID contoso = UUID.randomUUID();
    public final UUID contosoLab = UUID.randomUUID();
    public final UUID globex = UUID.randomUUID();
    public final UUID con02 = UUID.randomUUID();

    public void write(LocalStore store) {
        write(store, writer -> { });
    }

    /** The seed and, in the same write, what a test adds to it. */
    public void write(LocalStore store, java.util.function.Consumer<SampleWriter> more) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(SeedRecords.tenant(msp, null, "Northwind", TenantKind.MSP, META));
            writer.tenant(SeedRecords.tenant(acme, msp, "Acme", TenantKind.CLIENT, META));
            writer.tenant(SeedRecords.tenant(berlin, acme, "Acme Berlin", TenantKind.SUB, META));
            writer.tenant(SeedRecords.tenant(acmeLab, acme, "Lab", TenantKind.SUB, META));
            writer.tenant(SeedRecords.tenant(contoso, msp, "Contoso", TenantKind.CLIENT, META));
            writer.tenant(new Tenant(contosoLab, "Lab", "contoso-lab", TenantKind.SUB, contoso, "", "", List.of(), true, List.of(), META));
            writer.tenant(SeedRecords.tenant(globex, msp, "Globex", TenantKind.CLIENT, META));
            writer.deployment(deployment(msp, "7-Zip", DesiredState.AT_LEAST, "24.08", Enforcement.REQUIRED, DeploymentScope.CROSS_TENANT, List.of()));
            writer.deployment(deployment(msp, "Google Chrome", DesiredState.LATEST, "", Enforcement.REQUIRED, DeploymentScope.CROSS_TENANT, List.of()));
            writer.deployment(deployment(acme, "Dentrix", DesiredState.SPECIFIC_VERSION, "24.1", Enforcement.ONBOARDING, DeploymentScope.TENANT, List.of()));
            writer.deployment(deployment(berlin, "7-zip", DesiredState.IGNORE, "", Enforcement.REQUIRED, DeploymentScope.TENANT, List.of()));
            writer.deployment(deployment(contoso, "Legacy VPN", DesiredState.NOT_PRESENT, "", Enforcement.REQUIRED, DeploymentScope.TENANT, List.of()));
            writer.deployment(deployment(contoso, "Backup Agent", DesiredState.ANY_VERSION, "", Enforcement.AD_HOC, DeploymentScope.COMPUTER, List.of(con02)));
            writer.preference(TenantPreference.of(PreferenceCatalogue.EXCLUDE_FROM_CROSS_TENANT, contoso, PreferenceMode.OVERRIDE, "true", META));
            writer.computer(computer(UUID.randomUUID(), "ACME-01", acme, sw("7-Zip", "24.08"), sw("Google Chrome", "131.0"), sw("Dentrix", "24.1")));
            writer.computer(computer(UUID.randomUUID(), "ACME-02", acme, sw("7-zip", "23.01"), sw("Google Chrome", "130.0"), sw("Notepad++", "8.6")));
            writer.computer(computer(UUID.randomUUID(), "BER-01", berlin, sw("7-Zip", "19.00"), sw("Google Chrome", "130.0"), sw("Dentrix", "24.2")));
            writer.computer(computer(UUID.randomUUID(), "CON-01", contoso, sw("Legacy VPN", "2.0"), sw("7-Zip", "1.0")));
            writer.computer(computer(con02, "CON-02", contoso));
            writer.computer(computer(UUID.randomUUID(), FORMULA_NAME, globex));
            more.accept(writer);
            writer.commit();
        }
    }

    private static Software sw(String name, String version) {
        return new Software(name, version, "Vendor");
    }

    private static Deployment deployment(UUID owner, String software, DesiredState state, String version, Enforcement enforcement,
                                         DeploymentScope scope, List<UUID> computers) {
        // TENANT deployments reach sub-tenants here: Acme's Dentrix must reach Acme Berlin
        return new Deployment(UUID.randomUUID(), owner, software, state, version, enforcement, scope, scope == DeploymentScope.TENANT,
                computers, "", DeploymentOrder.UNORDERED, true, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, Software... inventory) {
        Computer plain = SeedRecords.computer(id, name, tenant, "office", META);
        return new Computer(id, name, tenant, plain.serialNumber(), plain.deviceId(), plain.os(), plain.osVersion(), plain.lastSeen(),
                null, plain.tags(), List.of(inventory), META);
    }
}
