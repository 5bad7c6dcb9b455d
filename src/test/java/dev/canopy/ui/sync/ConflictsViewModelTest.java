package dev.canopy.ui.sync;

import dev.canopy.domain.RuleViolation;
import dev.canopy.store.SyncConflict;
import dev.canopy.sync.client.SyncAgent.Resolution;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.canopy.ui.sync.SyncStatusViewModelTest.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The conflicts view's rows in words, and each resolution reaching the agent, the list and the window's data. */
class ConflictsViewModelTest {

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private int windowReloads;
    private ConflictsViewModel model;

    @BeforeEach
    void setUp() {
        agent.conflicts.add(FakeSyncAgent.conflict(1, SyncConflict.CONFLICT, "Acme Berlin", "name", "Acme", "Acme Berlin GmbH",
                "Acme Berlin AG", "bob@northwind.example", Instant.parse("2026-03-03T12:40:00Z"), null));
        agent.conflicts.add(FakeSyncAgent.conflict(2, SyncConflict.REVOKED, "Globex", null, null, null, null, null, null,
                "Globex left your scope"));
        agent.conflicts.add(FakeSyncAgent.conflict(3, SyncConflict.REJECTED, "Initech", "parent", "Northwind", "Initech Sub", "Northwind",
                null, null, "A tenant cannot be moved under its own descendant."));
        model = new ConflictsViewModel(new FixedSync(agent), new ImmediateTaskExecutor(), () -> windowReloads++, BERLIN);
        model.load();
    }

    @Test
    void eachConflictShowsRecordFieldTheThreeValuesWhoChangedTheirsAndTheReason() {
        assertThat(model.rows()).hasSize(3);
        ConflictRow same = model.rows().get(0);
        assertThat(same.title()).isEqualTo("Changed on the server too");
        assertThat(same.record()).isEqualTo("Acme Berlin");
        assertThat(same.field()).isEqualTo("name");
        assertThat(same.base()).isEqualTo("Acme");
        assertThat(same.mine()).isEqualTo("Acme Berlin GmbH");
        assertThat(same.theirs()).isEqualTo("Acme Berlin AG");
        assertThat(same.changedBy()).isEqualTo("by bob@northwind.example at 13:40");
        assertThat(same.canKeepMine()).isTrue();
        assertThat(same.canEdit()).isTrue();

        ConflictRow revoked = model.rows().get(1);
        assertThat(revoked.title()).isEqualTo("Left your scope");
        assertThat(revoked.reason()).isEqualTo("Globex left your scope");
        assertThat(revoked.canKeepMine()).as("nothing left to edit").isFalse();
        assertThat(revoked.canEdit()).isFalse();

        assertThat(model.rows().get(2).title()).isEqualTo("Rejected by the server");
        assertThat(model.rows().get(2).reason()).isEqualTo("A tenant cannot be moved under its own descendant.");
        assertThat(model.summaryProperty().get()).startsWith("3 conflicts waiting for your decision");
    }

    @Test
    void keepMineTakeTheirsAndEditEachResolveThroughTheAgentAndTheListReloads() {
        model.keepMine(model.rows().get(0));
        assertThat(agent.resolved).containsExactly(new FakeSyncAgent.Resolved(1, Resolution.KEEP_MINE, null));
        assertThat(model.rows()).extracting(ConflictRow::id).containsExactly(2L, 3L);
        assertThat(model.messageProperty().get()).isEqualTo("Kept your name for Acme Berlin; it is sent at the next sync.");
        assertThat(windowReloads).isEqualTo(1);

        model.takeTheirs(model.rows().get(0));
        model.editValue(model.rows().get(0), "Northwind");
        assertThat(agent.resolved).containsExactly(new FakeSyncAgent.Resolved(1, Resolution.KEEP_MINE, null),
                new FakeSyncAgent.Resolved(2, Resolution.TAKE_THEIRS, null), new FakeSyncAgent.Resolved(3, Resolution.EDIT, "Northwind"));
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No conflicts: every edit was taken as it was.");
    }

    @Test
    void aCancelledEditResolvesNothing() {
        model.editValue(model.rows().get(0), null);
        assertThat(agent.resolved).isEmpty();
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void aRefusedResolutionSaysWhyAndKeepsTheConflict() {
        agent.resolveRefusal = new RuleViolation("name", "A sibling named \"Acme\" already exists.");
        model.editValue(model.rows().get(0), "Acme");
        assertThat(model.messageProperty().get()).isEqualTo("A sibling named \"Acme\" already exists.");
        assertThat(model.rows()).hasSize(3);
        assertThat(windowReloads).isZero();
    }
}
