package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreException;
import dev.canopy.store.TreeSnapshot;
import dev.canopy.ui.common.LaneTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start with the last run's tree snapshot: the tree shows at once, read-only, while the database opens (its opening
 * held back here until the test runs it), then the database's tree takes over: the same one without a change of
 * selection, a stale one replaced and said so.
 */
class SnapshotStartViewModelTest {

    @TempDir
    Path folder;

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final List<Runnable> heldEdits = new ArrayList<>();
    private final List<Throwable> refusals = new ArrayList<>();
    private MainViewModel main;

    @BeforeEach
    void northwindClosedWithItsSnapshot() {
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
        }
        assertThat(folder.resolve(TreeSnapshot.FILE)).exists();
    }

    @AfterEach
    void close() {
        if (main != null) {
            main.close(() -> { });
            runHeld();
        }
    }

    /** The app's start: loads at once, the edit lane (opening the store, warming it) only when the test runs it. */
    private void startWithHeldOpening() {
        LaneTaskExecutor holdingEdits = new LaneTaskExecutor(heldEdits::add, Runnable::run, Runnable::run, Runnable::run) {
        };
        main = new MainViewModel(folder, holdingEdits, OpenedStore::open);
        main.previewFrom(() -> TreeSnapshot.read(folder));
        main.open();
    }

    private void runHeld() {
        while (!heldEdits.isEmpty()) {
            heldEdits.remove(0).run();
        }
    }

    /** Another run of Canopy (the CLI, another window) changes the database, and the snapshot is left as it was. */
    private void changedElsewhereLeavingTheOldSnapshot(java.util.function.Consumer<LocalStore> change) throws Exception {
        byte[] older = Files.readAllBytes(folder.resolve(TreeSnapshot.FILE));
        try (LocalStore other = LocalStore.open(folder)) {
            change.accept(other);
        }
        Files.write(folder.resolve(TreeSnapshot.FILE), older);
    }

    private List<String> names() {
        return main.hierarchy().depthFirst().stream().map(TenantNode::name).toList();
    }

    @Test
    void theSnapshotsTreeShowsAtOnceReadOnlyAndSaysTheDatabaseIsOpening() {
        startWithHeldOpening();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.PREVIEW);
        assertThat(names()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(main.selectedTenant()).isEqualTo(msp);
        assertThat(main.noticeProperty().get()).startsWith("Opening the database…");
        assertThat(main.current()).isNull();
        assertThat(main.editsReadyProperty().get()).isFalse();

        main.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")), applied -> { }, refusals::add);

        assertThat(refusals).singleElement().isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e).hasMessageContaining("still opening; nothing was changed"));
        assertThat(heldEdits).hasSize(2);  // only the opening and its warm-up: the rename was not queued
    }

    @Test
    void theSameTreeFromTheDatabaseMakesItEditableKeepingTheTenantTheTechnicianChose() {
        startWithHeldOpening();
        main.selectedTenantProperty().set(globex);

        runHeld();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.editsReadyProperty().get()).isTrue();
        assertThat(main.selectedTenant()).isEqualTo(globex);
        assertThat(names()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(main.noticeProperty().get()).isEmpty();
        main.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")), applied -> { }, refusals::add);
        runHeld();
        assertThat(refusals).isEmpty();
        assertThat(main.hierarchy().node(acme).map(TenantNode::name)).contains("Acme Corp");
    }

    @Test
    void aStaleSnapshotIsReplacedByTheDatabasesTreeAndTheWindowSaysSo() throws Exception {
        changedElsewhereLeavingTheOldSnapshot(store -> {
            store.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Initech"));
        });
        startWithHeldOpening();
        assertThat(names()).containsExactly("Northwind", "Acme", "Globex");  // the snapshot's, while the database opens
        main.selectedTenantProperty().set(acme);

        runHeld();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(names()).containsExactly("Northwind", "Acme Corp", "Globex", "Initech");
        assertThat(main.selectedTenant()).isEqualTo(acme);
        assertThat(main.noticeProperty().get()).isEqualTo(MainViewModel.PREVIEW_CORRECTED);
    }

    @Test
    void aSelectedTenantTheDatabaseNoLongerHoldsGivesWayToTheRoot() throws Exception {
        changedElsewhereLeavingTheOldSnapshot(store -> store.execute(new DeleteTenant(globex)));
        startWithHeldOpening();
        main.selectedTenantProperty().set(globex);

        runHeld();

        assertThat(names()).containsExactly("Northwind", "Acme");
        assertThat(main.selectedTenant()).isEqualTo(msp);
    }

    @Test
    void aStoreThatFailsToOpenLeavesNoSnapshotTreeBehindTheFailure() {
        LaneTaskExecutor holdingEdits = new LaneTaskExecutor(heldEdits::add, Runnable::run, Runnable::run, Runnable::run) {
        };
        main = new MainViewModel(folder, holdingEdits, f -> {
            throw new StoreException("Cannot open the database in " + f + ": the disk is full");
        });
        main.previewFrom(() -> TreeSnapshot.read(folder));
        main.open();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.PREVIEW);

        runHeld();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.FAILED);
        assertThat(main.hierarchy().size()).isZero();
        assertThat(main.failureProperty().get()).contains("the disk is full");
        main = null;
    }

    @Test
    void aSnapshotReadAlreadyByTheLauncherIsShownByOpenItselfEvenWithTheLoadLaneBusy() {
        List<Runnable> heldLoads = new ArrayList<>();
        LaneTaskExecutor holdingBoth = new LaneTaskExecutor(heldEdits::add, heldLoads::add, Runnable::run, Runnable::run) {
        };
        main = new MainViewModel(folder, holdingBoth, OpenedStore::open);
        main.previewOf(TreeSnapshot.read(folder));

        main.open();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.PREVIEW);
        assertThat(names()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(heldLoads).isEmpty();
        runHeld();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
    }

    @Test
    void withoutASnapshotTheStartIsAsBeforeOpeningThenReady() throws Exception {
        Files.delete(folder.resolve(TreeSnapshot.FILE));
        startWithHeldOpening();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.OPENING);
        assertThat(main.hierarchy().size()).isZero();

        runHeld();

        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(names()).containsExactly("Northwind", "Acme", "Globex");
    }
}
