package dev.canopy.sync;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.merge.UnmergeTenants;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic commands of every type the app produces, as the UI and undo make them, with fixed ids so a failure
 * reads the same every run. The round-trip test runs each one; the coverage test fails when a command class or a
 * record kind has none here.
 */
public final class CommandSamples {

    static final UUID MSP = id(1);
    static final UUID CONTOSO = id(2);
    static final UUID FABRIKAM = id(3);
    static final UUID CONTOSO_BERLIN = id(4);

    /** A synced record's meta, with nanoseconds so the instant's text form is tested in full. */
    static final RecordMeta SYNCED = new RecordMeta(42, Instant.parse("2025-11-03T08:15:30.123456789Z"), "alex@msp.example", false);
    static final RecordMeta LOCAL = RecordMeta.created(Instant.parse("2026-01-20T17:00:00Z"), "sam");

    private CommandSamples() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    /** Each sample by a name that says what it is, for the test report. */
    static Map<String, Command> all() {
        Map<String, Command> samples = new LinkedHashMap<>();
        samples.put("create a client under the MSP", new CreateTenant(CONTOSO, MSP, "Contoso Ltd"));
        samples.put("create the MSP root", new CreateTenant(MSP, null, "Northwind MSP"));
        samples.put("update only the parent", new UpdateTenant(CONTOSO_BERLIN, TenantChanges.move(FABRIKAM)));
        samples.put("update name and tags", new UpdateTenant(CONTOSO, new TenantChanges("Contoso GmbH", null, null, null,
                List.of("gold", "eu"))));
        samples.put("update clearing description and zone, no tags", new UpdateTenant(CONTOSO, new TenantChanges(null, "", null, "",
                List.of())));
        samples.put("update every field", new UpdateTenant(CONTOSO_BERLIN, new TenantChanges("Berlin Office", "Sales & support",
                CONTOSO, "Europe/Berlin", List.of("branch"))));
        samples.put("update the integration mappings", new UpdateTenant(CONTOSO_BERLIN, TenantChanges.mappings(List.of(
                new ExternalRef("autotask", "4711"), new ExternalRef("datto-rmm", "b7c1e0f2-Berlin")))));
        samples.put("update removing every mapping (undo of a first one)", new UpdateTenant(CONTOSO, TenantChanges.mappings(List.of())));
        samples.put("delete a tenant", new DeleteTenant(FABRIKAM));
        samples.put("restore a tenant", new RestoreTenant(FABRIKAM));
        samples.put("reassign several computers", ReassignComputers.to(CONTOSO, List.of(id(101), id(102), id(103))));
        samples.put("reassign back to two tenants (undo)", new ReassignComputers(List.of(
                new ReassignComputers.Group(FABRIKAM, List.of(id(101), id(102))),
                new ReassignComputers.Group(CONTOSO_BERLIN, List.of(id(103))))));
        samples.put("enforce a preference", new SetPreference(CONTOSO, "maintenance.rebootPreference", PreferenceMode.ENFORCED, "IF_REQUIRED"));
        samples.put("override a preference", new SetPreference(CONTOSO, "agent.autoUpdate", PreferenceMode.OVERRIDE, "false"));
        samples.put("back to inherit", new SetPreference(CONTOSO, "maintenance.rebootPreference", PreferenceMode.INHERIT, ""));
        samples.put("merge with collisions decided", merge());
        samples.put("merge without collisions", new MergeTenants(FABRIKAM, CONTOSO, Map.of()));
        samples.put("unmerge (the undo of a merge)", unmerge());
        samples.put("save a weekly schedule with every field set", new SaveRecord<>(ScheduleKind.INSTANCE, weeklySchedule()));
        samples.put("save a tagged daily schedule", new SaveRecord<>(ScheduleKind.INSTANCE, taggedSchedule()));
        samples.put("delete a schedule", new DeleteRecord<>(ScheduleKind.INSTANCE, id(201)));
        for (DeploymentScope scope : DeploymentScope.values()) {
            samples.put("save a deployment of scope " + scope, new SaveRecord<>(DeploymentKind.INSTANCE, deployment(scope)));
        }
        samples.put("delete a deployment", new DeleteRecord<>(DeploymentKind.INSTANCE, id(301)));
        samples.put("save a person with a role", new SaveRecord<>(PersonKind.INSTANCE, person(401, Role.TENANT_ADMIN)));
        samples.put("save a person without access", new SaveRecord<>(PersonKind.INSTANCE, person(402, null)));
        samples.put("delete a person", new DeleteRecord<>(PersonKind.INSTANCE, id(401)));
        samples.put("import a client with a site and a computer", new dev.canopy.domain.command.ImportRecords("import of 1 computer from devices.csv",
                List.of(new Tenant(id(501), "Initech", "", TenantKind.CLIENT, MSP, "", "", List.of(), true,
                                List.of(new ExternalRef("datto-rmm", "s-2")), LOCAL),
                        new Tenant(id(502), "Initech Austin", "", TenantKind.SUB, id(501), "", "", List.of(), true, List.of(), LOCAL)),
                List.of(person(403, null)),
                List.of(new dev.canopy.domain.computer.Computer(id(503), "INI-01", id(502), "SN-1", "d-1", "Windows 11 Pro", "23H2",
                        Instant.parse("2026-11-30T10:15:00Z"), null, List.of("desk"), List.of(new dev.canopy.domain.computer.Software("7-Zip", "24.08", "Igor Pavlov")), SYNCED))));
        return samples;
    }

    // the two schedules set each flag differently, so a decoder that swaps two flags fails on one of them
    static MaintenanceSchedule weeklySchedule() {
        return new MaintenanceSchedule(id(201), CONTOSO, "Weekend patching", "30 2 * * SAT,SUN", 180, "Europe/Berlin", true,
                ScheduleTarget.computers(List.of(id(101), id(102))), true, RebootPreference.IF_REQUIRED, 15, true, false, true, SYNCED);
    }

    static MaintenanceSchedule taggedSchedule() {
        return new MaintenanceSchedule(id(202), CONTOSO_BERLIN, "Nightly servers", "0 23 * * *", 60, "", false,
                ScheduleTarget.tagged("servers"), false, RebootPreference.FORCE, 5, false, true, false, LOCAL);
    }

    static Deployment deployment(DeploymentScope scope) {
        int n = 300 + scope.ordinal();
        return switch (scope) {
            case CROSS_TENANT -> new Deployment(id(n), MSP, "7-Zip", DesiredState.LATEST, "", Enforcement.REQUIRED, scope, true,
                    List.of(), "", DeploymentOrder.BEGINNING, true, SYNCED);
            case TENANT -> new Deployment(id(n), CONTOSO, "Google Chrome", DesiredState.AT_LEAST, "120.0.6099", Enforcement.ONBOARDING,
                    scope, false, List.of(), "", DeploymentOrder.UNORDERED, true, LOCAL);
            case COMPUTER -> new Deployment(id(n), CONTOSO, "Adobe Reader", DesiredState.NOT_PRESENT, "", Enforcement.AD_HOC, scope,
                    false, List.of(id(101), id(103)), "", DeploymentOrder.END, false, SYNCED);
            case TAG -> new Deployment(id(n), CONTOSO, "Notepad++", DesiredState.SPECIFIC_VERSION, "8.6.2", Enforcement.REQUIRED,
                    scope, true, List.of(), "developers", DeploymentOrder.END, true, LOCAL);
        };
    }

    static Person person(int n, Role role) {
        return new Person(id(n), CONTOSO, "Dana Müller", "dana.mueller@contoso.example", role, true, List.of(), SYNCED);
    }

    static MergeTenants merge() {
        return new MergeTenants(FABRIKAM, CONTOSO, Map.of(
                "person:" + id(401), Collision.Choice.KEEP_SOURCE,
                "deployment:" + id(301), Collision.Choice.KEEP_DESTINATION,
                "schedule:" + id(201), Collision.Choice.KEEP_BOTH_RENAMED,
                "tenant:" + CONTOSO_BERLIN, Collision.Choice.KEEP_BOTH_RENAMED));
    }

    public static UnmergeTenants unmerge() {
        Tenant child = new Tenant(CONTOSO_BERLIN, "Berlin", "berlin", TenantKind.SUB, FABRIKAM, "", "Europe/Berlin",
                List.of("branch"), true, List.of(), SYNCED);
        Tenant source = new Tenant(FABRIKAM, "Fabrikam", "fabrikam", TenantKind.CLIENT, MSP, "Acquired 2025", "",
                List.of("silver"), true, List.of(new ExternalRef("psa", "C-1042")), SYNCED);
        Map<UUID, UUID> computers = new LinkedHashMap<>();
        computers.put(id(101), FABRIKAM);
        computers.put(id(102), FABRIKAM);
        return new UnmergeTenants(merge(), List.of(person(401, Role.TENANT_USER)), List.of(weeklySchedule()),
                List.of(deployment(DeploymentScope.TENANT), deployment(DeploymentScope.TAG)), List.of(child, source), computers);
    }
}
