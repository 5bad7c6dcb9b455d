package dev.canopy.ui.computers;

import dev.canopy.ui.SeedRecords;
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
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The computers tests' data: an MSP with a dental practice (and its lab), a law firm and a vet,
 * computers in three of them, deployments, schedules and a setting that differ between them.
 */
final class ComputersSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID dental = UUID.randomUUID();
    final UUID lab = UUID.randomUUID();
    final UUID legal = UUID.randomUUID();
    final UUID vet = UUID.randomUUID();
    final UUID dana = UUID.randomUUID();
    /** Alder Dental: Dana's laptop (tag vip), a second laptop, and a Mac at reception. */
    final UUID pc1 = UUID.randomUUID();
    final UUID pc2 = UUID.randomUUID();
    final UUID mac = UUID.randomUUID();
    /** Alder Lab (inside Alder Dental) and Birch Legal each have one. */
    final UUID labPc = UUID.randomUUID();
    final UUID legalPc = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP, "America/New_York"));
            writer.tenant(tenant(dental, msp, "Alder Dental", TenantKind.CLIENT, ""));
            writer.tenant(tenant(lab, dental, "Alder Lab", TenantKind.SUB, ""));
            writer.tenant(tenant(legal, msp, "Birch Legal", TenantKind.CLIENT, "Europe/Berlin"));
            writer.tenant(tenant(vet, msp, "Cedar Vet", TenantKind.CLIENT, ""));
            writer.person(new Person(dana, dental, "Dana Reyes", "dana@alder.example", Role.TENANT_USER, true, List.of(), META));
            writer.deployment(deployment(dental, "Dentrix"));
            writer.deployment(deployment(legal, "Clio"));
            writer.schedule(schedule(msp, "Nightly patching", "0 2 * * *", true));
            writer.schedule(schedule(dental, "Front desk", "0 22 * * 5", false));
            writer.preference(new TenantPreference(legal, "maintenance.rebootPreference", PreferenceMode.OVERRIDE, "SUPPRESS", META));
            writer.computer(computer(pc1, "ALD-LT-0001", dental, "Windows 11 Pro", "24H2", dana, List.of("vip"), dentrix()));
            writer.computer(computer(pc2, "ALD-LT-0002", dental, "Windows 11 Pro", "24H2", null, List.of(), dentrix()));
            writer.computer(computer(mac, "ALD-MAC-0003", dental, "macOS", "14.5", null, List.of("reception"), List.of()));
            writer.computer(computer(labPc, "LAB-PC-0001", lab, "Windows 10 Pro", "22H2", null, List.of(), dentrix()));
            writer.computer(computer(legalPc, "BIR-LT-0001", legal, "Windows 11 Pro", "24H2", null, List.of(),
                    List.of(new Software("Clio", "5.2", "Themis Solutions"))));
            writer.commit();
        }
    }

    /** Where each of these computers is now, by id. */
    static Map<UUID, UUID> tenantsOf(LocalStore store, Collection<UUID> computers) {
        return store.computersByIds(computers, false).stream().collect(Collectors.toMap(Computer::id, Computer::tenantId));
    }

    private static List<Software> dentrix() {
        return List.of(new Software("Dentrix", "24.1", "Henry Schein One"));
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, String zone) {
        return SeedRecords.tenant(id, parent, name, kind, zone, META);
    }

    private static Deployment deployment(UUID owner, String software) {
        return new Deployment(UUID.randomUUID(), owner, software, DesiredState.ANY_VERSION, "", Enforcement.REQUIRED,
                DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, META);
    }

    private static MaintenanceSchedule schedule(UUID owner, String name, String cron, boolean propagate) {
        return new MaintenanceSchedule(UUID.randomUUID(), owner, name, cron, 60, "", false, ScheduleTarget.allComputers(), propagate,
                RebootPreference.NORMAL, 15, false, true, true, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, String os, String version, UUID person, List<String> tags,
                                     List<Software> software) {
        return new Computer(id, name, tenant, "SN-" + name, id.toString(), os, version, Instant.now(), person, tags, software, META);
    }
}
