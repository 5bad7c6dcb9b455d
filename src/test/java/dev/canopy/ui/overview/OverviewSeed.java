package dev.canopy.ui.overview;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.SeedRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A fleet whose overview is known by heart. Alder Dental asks for Chrome ≥ 121 (its lab too) and Birch Legal forbids
 * uTorrent. Dental: D1 online with Chrome 120 (fails), D2 offline with Chrome 122, D3 stale with no inventory; its
 * lab: L1 online with Chrome 121; Legal: B1 online with uTorrent (fails).
 */
final class OverviewSeed {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private static final RecordMeta META = RecordMeta.created(NOW.minus(Duration.ofDays(60)), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID dental = UUID.randomUUID();
    final UUID lab = UUID.randomUUID();
    final UUID legal = UUID.randomUUID();
    final UUID d1 = UUID.randomUUID();
    final UUID d2 = UUID.randomUUID();
    final UUID d3 = UUID.randomUUID();
    final UUID l1 = UUID.randomUUID();
    final UUID b1 = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(SeedRecords.tenant(msp, null, "Northwind", TenantKind.MSP, "UTC", META));
            writer.tenant(SeedRecords.tenant(dental, msp, "Alder Dental", TenantKind.CLIENT, "", META));
            writer.tenant(SeedRecords.tenant(lab, dental, "Alder Lab", TenantKind.SUB, "", META));
            writer.tenant(SeedRecords.tenant(legal, msp, "Birch Legal", TenantKind.CLIENT, "", META));
            writer.person(new Person(UUID.randomUUID(), dental, "Dana Reyes", "dana@alder.example", Role.TENANT_USER, true, List.of(), META));
            writer.person(new Person(UUID.randomUUID(), lab, "Lee Lab", "lee@alder.example", null, true, List.of(), META));
            writer.person(new Person(UUID.randomUUID(), legal, "Tom Birch", "tom@birch.example", Role.TENANT_ADMIN, true, List.of(), META));
            writer.deployment(deployment(dental, "Google Chrome", DesiredState.AT_LEAST, "121"));
            writer.deployment(deployment(legal, "uTorrent", DesiredState.NOT_PRESENT, ""));
            writer.computer(computer(d1, "ALD-01", dental, NOW.minus(Duration.ofMinutes(5)), List.of(chrome("120"))));
            writer.computer(computer(d2, "ALD-02", dental, NOW.minus(Duration.ofHours(2)), List.of(chrome("122"))));
            writer.computer(computer(d3, "ALD-03", dental, NOW.minus(Duration.ofDays(40)), List.of()));
            writer.computer(computer(l1, "LAB-01", lab, NOW.minus(Duration.ofMinutes(1)), List.of(chrome("121"))));
            writer.computer(computer(b1, "BIR-01", legal, NOW.minus(Duration.ofMinutes(3)),
                    List.of(new Software("uTorrent", "3.6", "BitTorrent"), chrome("122"))));
            writer.session(session(d2, dental, NOW.minus(Duration.ofHours(3)), Duration.ofMinutes(40), SessionStatus.SUCCEEDED, "Patched"));
            writer.session(session(d1, dental, NOW.minus(Duration.ofDays(1)), Duration.ofMinutes(25), SessionStatus.FAILED,
                    "Windows Update failed: 0x800f0922"));
            writer.session(session(b1, legal, NOW.minus(Duration.ofMinutes(30)), null, SessionStatus.RUNNING, ""));
            writer.commit();
        }
    }

    private static Software chrome(String version) {
        return new Software("Google Chrome", version, "Google");
    }

    private static Deployment deployment(UUID owner, String software, DesiredState state, String version) {
        return new Deployment(UUID.randomUUID(), owner, software, state, version, Enforcement.REQUIRED, DeploymentScope.TENANT, true,
                List.of(), "", DeploymentOrder.UNORDERED, true, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, Instant seen, List<Software> software) {
        return new Computer(id, name, tenant, "SN-" + name, id.toString(), "Windows 11 Pro", "24H2", seen, null, List.of(), software, META);
    }

    private static MaintenanceSession session(UUID computer, UUID tenant, Instant started, Duration took, SessionStatus status, String summary) {
        return new MaintenanceSession(UUID.randomUUID(), computer, tenant, started, took == null ? null : started.plus(took), status, summary, META);
    }
}
