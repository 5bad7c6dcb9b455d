package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
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
    private final UUID pc = UUID.randomUUID();
    private final UUID alexSource = UUID.randomUUID();
    private final UUID alexDestination = UUID.randomUUID();
    private final UUID nightlySource = UUID.randomUUID();

    @BeforeEach
    void seed() {
        store = LocalStore.open(folder);
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(source, msp, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(destination, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(sourceBranch, source, "Berlin", TenantKind.SUB));
            writer.tenant(tenant(destinationBranch, destination, "Berlin", TenantKind.SUB));
            writer.person(new Person(alexSource, source, "Alex Old", "alex@acme.example", null, true, META));
            writer.person(new Person(alexDestination, destination, "Alex New", "alex@acme.example", null, true, META));
            writer.computer(new Computer(pc, "ACM-LT-1", source, "S", "D", "Windows 11 Pro", "24H2", Instant.now(), alexSource,
                    List.of(), List.of(), META));
            writer.schedule(new MaintenanceSchedule(nightlySource, source, "Nightly", "0 2 * * *", 60, "", false,
                    ScheduleTarget.allComputers(), false, RebootPreference.NORMAL, 60, false, true, true, META));
            writer.schedule(new MaintenanceSchedule(UUID.randomUUID(), destination, "Nightly", "0 3 * * *", 60, "", false,
                    ScheduleTarget.allComputers(), false, RebootPreference.NORMAL, 60, false, true, true, META));
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

    @Test
    void mergeMovesEverythingSettlesCollisionsAndUndoRestoresTheSourceExactly() {
        var hierarchyBefore = store.loadHierarchy();
        Command.Applied merged = store.execute(new MergeTenants(source, destination,
                Map.of("person:" + alexSource, Collision.Choice.KEEP_SOURCE)));
        assertThat(merged.label()).isEqualTo("merge of Acme Old into Acme");

        var h = store.loadHierarchy();
        assertThat(h.node(source)).isEmpty();
        assertThat(h.children(destination)).extracting(TenantNode::name).containsExactly("Berlin", "Berlin (from Acme Old)");
        assertThat(store.computersByIds(List.of(pc), false).get(0).tenantId()).isEqualTo(destination);
        assertThat(store.records(PersonKind.INSTANCE, List.of(destination))).extracting(Person::displayName).containsExactly("Alex Old");
        assertThat(store.records(ScheduleKind.INSTANCE, List.of(destination))).extracting(MaintenanceSchedule::name)
                .containsExactlyInAnyOrder("Nightly", "Nightly (from Acme Old)");
        assertThat(store.outbox()).hasSize(1);

        store.execute(merged.inverse());
        var undone = store.loadHierarchy();
        assertThat(undone.node(source)).isPresent();
        assertThat(undone.children(source)).extracting(TenantNode::name).containsExactly("Berlin");
        assertThat(undone.size()).isEqualTo(hierarchyBefore.size());
        assertThat(store.computersByIds(List.of(pc), false).get(0).tenantId()).isEqualTo(source);
        assertThat(store.records(PersonKind.INSTANCE, List.of(destination))).extracting(Person::displayName).containsExactly("Alex New");
        assertThat(store.records(PersonKind.INSTANCE, List.of(source))).extracting(Person::displayName).containsExactly("Alex Old");
        assertThat(store.records(ScheduleKind.INSTANCE, List.of(source))).extracting(MaintenanceSchedule::name).containsExactly("Nightly");
        assertThat(store.tenant(sourceBranch).orElseThrow().name()).isEqualTo("Berlin");
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
