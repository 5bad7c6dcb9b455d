package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging tenants on a real H2 file: everything moves, collisions follow the choices, undo restores exactly. */
class MergeTenantsTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    @TempDir
    Path folder;

    private LocalStore store;
    private final UUID msp = UUID.randomUUID();
    private final UUID source = UUID.randomUUID();
    private final UUID destination = UUID.randomUUID();
    private final UUID sourceBranch = UUID.randomUUID();
    private final UUID destinationBranch = UUID.randomUUID();
    private final UUID sourceBranchToo = UUID.randomUUID();
    private final UUID pc = UUID.randomUUID();
    private final UUID pcToo = UUID.randomUUID();
    private final UUID alexSource = UUID.randomUUID();
    private final UUID alexDestination = UUID.randomUUID();
    private final UUID nightlySource = UUID.randomUUID();
    private final UUID zipSource = UUID.randomUUID();
    private final UUID zipDestination = UUID.randomUUID();
    private final UUID firefoxSource = UUID.randomUUID();

    @BeforeEach
    void seed() {
        store = LocalStore.open(folder);
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(source, msp, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(destination, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(sourceBranch, source, "Berlin", TenantKind.SUB));
            writer.tenant(tenant(destinationBranch, destination, "Berlin", TenantKind.SUB));
            writer.tenant(tenant(sourceBranchToo, source, "Hamburg", TenantKind.SUB));
            writer.person(new Person(alexSource, source, "Alex Old", "alex@acme.example", null, true, List.of(), META));
            writer.person(new Person(alexDestination, destination, "Alex New", "alex@acme.example", null, true, List.of(), META));
            writer.computer(new Computer(pc, "ACM-LT-1", source, "S", "D", "Windows 11 Pro", "24H2", Instant.now(), alexSource,
                    List.of("vip"), List.of(new Software("7-Zip", "24.08", "Igor Pavlov")), META));
            writer.computer(new Computer(pcToo, "ACM-PC-2", source, "S2", "D2", "Windows 11 Pro", "23H2", Instant.now(), null,
                    List.of(), List.of(), META));
            writer.computer(new Computer(UUID.randomUUID(), "ACM-PC-9", destination, "S9", "D9", "Windows 11 Pro", "24H2", Instant.now(),
                    alexDestination, List.of(), List.of(), META));
            writer.schedule(new MaintenanceSchedule(nightlySource, source, "Nightly", "0 2 * * *", 60, "", false,
                    ScheduleTarget.allComputers(), false, RebootPreference.NORMAL, 60, false, true, true, META));
            writer.schedule(new MaintenanceSchedule(UUID.randomUUID(), destination, "Nightly", "0 3 * * *", 60, "", false,
                    ScheduleTarget.allComputers(), false, RebootPreference.NORMAL, 60, false, true, true, META));
            writer.deployment(deployment(zipSource, source, "7-Zip", DesiredState.LATEST));
            writer.deployment(deployment(zipDestination, destination, "7-zip", DesiredState.NOT_PRESENT));
            writer.deployment(deployment(firefoxSource, source, "Firefox", DesiredState.LATEST));
            writer.preference(new TenantPreference(source, PreferenceCatalogue.REBOOT_PREFERENCE.key(), PreferenceMode.OVERRIDE, "FORCE", META));
            writer.preference(new TenantPreference(destination, PreferenceCatalogue.REBOOT_PREFERENCE.key(), PreferenceMode.ENFORCED,
                    "SUPPRESS", META));
            writer.commit();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-') + "-" + id.toString().substring(0, 4), kind, parent, "", "",
                List.of(), true, List.of(), META);
    }

    private static Deployment deployment(UUID id, UUID owner, String software, DesiredState state) {
        return new Deployment(id, owner, software, state, "", Enforcement.REQUIRED, DeploymentScope.TENANT, false, List.of(), "",
                DeploymentOrder.UNORDERED, true, META);
    }

    /** What a tenant owns, read from the store. */
    private record Owned(Tenant tenant, List<Tenant> children, List<Person> people, List<Computer> computers,
                         List<MaintenanceSchedule> schedules, List<Deployment> deployments, List<TenantPreference> preferences) {

        static Owned of(LocalStore store, UUID tenantId) {
            List<Tenant> children = store.loadHierarchy().children(tenantId).stream()
                    .map(node -> store.tenant(node.id()).orElseThrow()).toList();
            List<TenantPreference> preferences = store.preferences().stream().filter(p -> p.tenantId().equals(tenantId)).toList();
            return new Owned(store.tenant(tenantId).orElseThrow(), children, store.records(PersonKind.INSTANCE, List.of(tenantId)),
                    store.computers(List.of(tenantId), true), store.records(ScheduleKind.INSTANCE, List.of(tenantId)),
                    store.records(DeploymentKind.INSTANCE, List.of(tenantId)), preferences);
        }
    }

    /**
     * Equal field by field, the sync fields version and tombstone included; only who wrote it when may differ, because
     * the undo is itself a local write that stamps what it restores.
     */
    private static void assertRestored(Owned after, Owned before) {
        String[] writeStamp = {"meta.updatedAt", "meta.updatedBy"};
        assertThat(after.tenant()).usingRecursiveComparison().ignoringFields(writeStamp).isEqualTo(before.tenant());
        assertThat(after.children()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(writeStamp)
                .containsExactlyElementsOf(before.children());
        assertThat(after.people()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(writeStamp)
                .containsExactlyInAnyOrderElementsOf(before.people());
        assertThat(after.computers()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(writeStamp)
                .containsExactlyInAnyOrderElementsOf(before.computers());
        assertThat(after.schedules()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(writeStamp)
                .containsExactlyInAnyOrderElementsOf(before.schedules());
        assertThat(after.deployments()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(writeStamp)
                .containsExactlyInAnyOrderElementsOf(before.deployments());
        assertThat(after.preferences()).as("a merge leaves preferences alone").containsExactlyInAnyOrderElementsOf(before.preferences());
    }

    @Test
    void mergeMovesEverythingSettlesCollisionsAndUndoRestoresTheSourceExactly() {
        Owned sourceBefore = Owned.of(store, source);
        Owned destinationBefore = Owned.of(store, destination);
        assertThat(sourceBefore.children()).hasSize(2);
        assertThat(sourceBefore.computers()).hasSize(2);
        assertThat(sourceBefore.deployments()).hasSize(2);
        assertThat(sourceBefore.preferences()).hasSize(1);
        int tenantsBefore = store.loadHierarchy().size();

        Command.Applied merged = store.execute(new MergeTenants(source, destination, Map.of(
                "person:" + alexSource, Collision.Choice.KEEP_SOURCE,
                "deployment:" + zipSource, Collision.Choice.KEEP_DESTINATION)));
        assertThat(merged.label()).isEqualTo("merge of Acme Old into Acme");

        var h = store.loadHierarchy();
        assertThat(h.node(source)).isEmpty();
        assertThat(h.children(destination)).extracting(TenantNode::name).containsExactly("Berlin", "Berlin (from Acme Old)", "Hamburg");
        assertThat(store.computers(List.of(destination), false)).extracting(Computer::name)
                .containsExactlyInAnyOrder("ACM-LT-1", "ACM-PC-2", "ACM-PC-9");
        assertThat(store.records(PersonKind.INSTANCE, List.of(destination))).extracting(Person::displayName).containsExactly("Alex Old");
        assertThat(store.records(ScheduleKind.INSTANCE, List.of(destination))).extracting(MaintenanceSchedule::name)
                .containsExactlyInAnyOrder("Nightly", "Nightly (from Acme Old)");
        assertThat(store.records(DeploymentKind.INSTANCE, List.of(destination))).extracting(Deployment::id)
                .as("the destination's 7-Zip kept, the source's dropped, Firefox moved").containsExactlyInAnyOrder(zipDestination, firefoxSource);
        List<OutboxMutation> outbox = store.outbox();
        assertThat(outbox).extracting(OutboxMutation::name).containsExactly("tenant.merge");
        assertThat(outbox.get(0).args()).contains("\"sourceId\":\"" + source + "\"", "\"destinationId\":\"" + destination + "\"",
                "\"person:" + alexSource + "\":\"KEEP_SOURCE\"", "\"deployment:" + zipSource + "\":\"KEEP_DESTINATION\"");

        store.execute(merged.inverse());
        assertRestored(Owned.of(store, source), sourceBefore);
        assertRestored(Owned.of(store, destination), destinationBefore);
        assertThat(store.loadHierarchy().size()).isEqualTo(tenantsBefore);
        outbox = store.outbox();
        assertThat(outbox).extracting(OutboxMutation::name).containsExactly("tenant.merge", "tenant.unmerge");
        assertThat(outbox.get(1).args()).as("the inverse carries the merge it undoes").startsWith("{\"merge\":" + outbox.get(0).args());
    }

    @Test
    void aTenantCannotMergeIntoItsOwnDescendantNorTheMspAnywhere() {
        assertThatThrownBy(() -> store.execute(new MergeTenants(source, sourceBranch, Map.of())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("own descendant");
        assertThatThrownBy(() -> store.execute(new MergeTenants(msp, destination, Map.of())))
                .hasMessageContaining("MSP tenant cannot be merged");
        assertThat(store.outbox()).isEmpty();
    }
}
