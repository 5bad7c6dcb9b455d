package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
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
import java.util.List;
import java.util.UUID;

/**
 * The small MSP a convergence case starts from, written into the first client's empty store (which then publishes
 * it): a root, three clients, a sub-tenant, computers in several tenants, people (one of them the scoped
 * technician {@link #SCOPED_EMAIL} of Acme), a schedule, a deployment and a preference.
 */
final class TeamState {

    static final String SCOPED_EMAIL = "toni" + RandomEdits.TEAM_DOMAIN;
    static final int TENANTS = 5;
    /** When the team's state was made: what its records' meta says until someone edits them. */
    static final Instant SETUP = Instant.parse("2026-11-30T08:00:00Z");

    private TeamState() {
    }

    static void writeInto(LocalStore store) {
        RecordMeta meta = RecordMeta.created(SETUP, "setup");
        UUID msp = id("msp");
        UUID acme = id("acme");
        UUID berlin = id("berlin");
        UUID globex = id("globex");
        UUID initech = id("initech");
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, "Northwind", TenantKind.MSP, null, meta));
            writer.tenant(tenant(acme, "Acme", TenantKind.CLIENT, msp, meta));
            writer.tenant(tenant(berlin, "Acme Berlin", TenantKind.SUB, acme, meta));
            writer.tenant(tenant(globex, "Globex", TenantKind.CLIENT, msp, meta));
            writer.tenant(tenant(initech, "Initech", TenantKind.CLIENT, msp, meta));
            writer.person(new Person(id("toni"), acme, "Toni Acme", SCOPED_EMAIL, Role.TECHNICIAN, true, List.of(), meta));
            writer.person(new Person(id("gil"), globex, "Gil Globex", "gil@globex.example", Role.TENANT_ADMIN, true, List.of(), meta));
            int n = 0;
            for (UUID tenant : List.of(acme, acme, berlin, globex, globex, initech)) {
                n++;
                writer.computer(new Computer(id("pc" + n), "PC-" + n, tenant, "S" + n, "D" + n, "Windows 11 Pro", "24H2", null, null,
                        List.of(), List.of(), meta));
            }
            writer.schedule(new MaintenanceSchedule(id("schedule"), acme, "Nightly patching", "0 2 * * *", 120, "", false,
                    ScheduleTarget.allComputers(), true, RebootPreference.IF_REQUIRED, 15, false, true, true, meta));
            writer.deployment(new Deployment(id("deployment"), globex, "7-Zip", DesiredState.LATEST, "", Enforcement.REQUIRED,
                    DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, meta));
            writer.preference(new TenantPreference(initech, "agent.updateChannel", PreferenceMode.OVERRIDE, "BETA", meta));
            writer.commit();
        }
    }

    /** The ids of the tenants the team's state holds. */
    static java.util.Set<String> tenantIds() {
        return java.util.Set.of("msp", "acme", "berlin", "globex", "initech").stream().map(n -> id(n).toString())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Fixed ids, so a case's seed replays the same edits in the same order (ties between names go by id). */
    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("team-state/" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Tenant tenant(UUID id, String name, TenantKind kind, UUID parent, RecordMeta meta) {
        return new Tenant(id, name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), kind, parent, "", "", List.of(), true,
                List.of(), meta);
    }
}
