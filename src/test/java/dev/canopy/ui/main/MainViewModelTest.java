package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's state without a window: opening, edits with undo and redo, first-run sample data. */
class MainViewModelTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final List<Throwable> refusals = new ArrayList<>();

    private void openSeeded() {
        open(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
        });
    }

    @Test
    void opensOnTheRootWithEditsReadyAndNothingToUndo() {
        openSeeded();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.selectedTenant()).isEqualTo(msp);
        assertThat(main.editsReadyProperty().get()).isTrue();
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void aMoveRefreshesTheTreeAndBecomesTheNextUndoStepWithItsName() {
        openSeeded();
        main.execute(new UpdateTenant(globex, TenantChanges.move(acme)), applied -> { }, refusals::add);
        assertThat(main.hierarchy().node(globex).orElseThrow().parentId()).isEqualTo(acme);
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo move of Globex");
        assertThat(main.noticeProperty().get()).isEqualTo("Done: move of Globex");

        main.undo(refusals::add);
        assertThat(main.hierarchy().node(globex).orElseThrow().parentId()).isEqualTo(msp);
        assertThat(main.undoState().redoTextProperty().get()).isEqualTo("Redo move of Globex");
        main.redo(refusals::add);
        assertThat(main.hierarchy().node(globex).orElseThrow().parentId()).isEqualTo(acme);
        assertThat(refusals).isEmpty();
    }

    @Test
    void theAppsDailyBackupIsMadeOnceEditsAreReadyButNotForAnEmptyFolder() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createDirectories(folder.resolve("empty-data"));
        MainViewModel welcome = new MainViewModel(empty, new dev.canopy.ui.common.ImmediateTaskExecutor(), OpenedStore::open);
        welcome.makeDailyBackups(true);
        welcome.open();
        assertThat(welcome.stateProperty().get()).isEqualTo(MainViewModel.State.WELCOME);
        assertThat(dev.canopy.store.StoreBackups.list(empty)).as("nothing to keep yet").isEmpty();
        welcome.close(() -> { });

        try (var seeded = dev.canopy.store.LocalStore.open(folder)) {
            seeded.execute(new CreateTenant(msp, null, "Northwind"));
        }
        main = new MainViewModel(folder, new dev.canopy.ui.common.ImmediateTaskExecutor(), OpenedStore::open);
        main.makeDailyBackups(true);
        main.open();
        assertThat(dev.canopy.store.StoreBackups.list(folder)).singleElement()
                .satisfies(b -> assertThat(b.tenants()).isEqualTo(1));
    }

    /** Opens the seeded folder on an executor whose edit lane runs only when the test says so. */
    private List<Runnable> openWithHeldEdits() {
        List<Runnable> held = new ArrayList<>();
        dev.canopy.ui.common.LaneTaskExecutor holdingEdits = new dev.canopy.ui.common.LaneTaskExecutor(held::add, Runnable::run, Runnable::run, Runnable::run) {
        };
        try (var seeded = dev.canopy.store.LocalStore.open(folder)) {
            seeded.execute(new CreateTenant(msp, null, "Northwind"));
            seeded.execute(new CreateTenant(acme, msp, "Acme"));
            seeded.execute(new CreateTenant(globex, msp, "Globex"));
        }
        main = new MainViewModel(folder, holdingEdits, OpenedStore::open);
        main.open();
        return held;
    }

    private static void runAll(List<Runnable> held) {
        while (!held.isEmpty()) {
            held.remove(0).run();  // opening, the ORM boot and warm-up, then the edits, in that order
        }
    }

    @Test
    void anEditMadeWhileTheDatabaseIsStillStartingSaysSoAndIsSavedWhenItIsReady() {
        List<Runnable> held = openWithHeldEdits();
        main.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")), applied -> { }, refusals::add);
        assertThat(main.noticeProperty().get()).isEqualTo("Saving as soon as the database is ready (it is still starting)…");
        runAll(held);
        assertThat(main.editsReadyProperty().get()).isTrue();
        assertThat(main.hierarchy().node(acme).orElseThrow().name()).isEqualTo("Acme Corp");
        assertThat(main.noticeProperty().get()).isEqualTo("Done: rename of Acme");
        assertThat(refusals).isEmpty();
    }

    @Test
    void aRefusalOfAnEditMadeWhileStartingDoesNotLeaveSayingItWillBeSaved() {
        List<Runnable> held = openWithHeldEdits();
        main.execute(new UpdateTenant(acme, TenantChanges.rename("Globex")), applied -> { }, refusals::add);
        runAll(held);
        assertThat(refusals).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("already has a tenant named \"Globex\""));
        assertThat(main.noticeProperty().get()).isEmpty();
        assertThat(main.hierarchy().node(acme).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void aRefusedEditChangesNothingAndLeavesNoUndoStep() {
        openSeeded();
        main.execute(new UpdateTenant(acme, TenantChanges.rename("Globex")), applied -> { }, refusals::add);
        assertThat(refusals).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("already has a tenant named"));
        assertThat(main.hierarchy().node(acme).orElseThrow().name()).isEqualTo("Acme");
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void cancellingSampleDataLeavesTheFolderEmptyOnTheWelcomeView() {
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        dev.canopy.ui.common.LaneTaskExecutor holdingLongWork = new dev.canopy.ui.common.LaneTaskExecutor(Runnable::run, Runnable::run, held::add, Runnable::run) {
        };
        try (var seeded = dev.canopy.store.LocalStore.open(folder)) {
            assertThat(seeded.loadHierarchy().size()).isZero();
        }
        main = new MainViewModel(folder, holdingLongWork, OpenedStore::open);
        main.open();
        boolean[] done = new boolean[1];
        var task = main.loadSample(() -> done[0] = true, refusals::add);
        assertThat(main.tasks().runningTasks()).containsExactly(task);
        task.cancel();
        held.forEach(Runnable::run);
        assertThat(done[0]).isTrue();
        assertThat(refusals).isEmpty();
        assertThat(main.tasks().runningTasks()).isEmpty();
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.WELCOME);
        assertThat(store().loadHierarchy().size()).isZero();
    }

    @Test
    void anEmptyFolderWelcomesAndSampleDataFillsItAsLongWorkWithProgress() {
        open(store -> { });
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.WELCOME);
        boolean[] done = new boolean[1];
        var task = main.loadSample(() -> done[0] = true, refusals::add);
        assertThat(done[0]).isTrue();
        assertThat(task.title()).isEqualTo("Loading sample data");
        assertThat(task.fractionProperty().get()).isEqualTo(1.0);
        assertThat(main.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(main.hierarchy().size()).isEqualTo(200);
        assertThat(main.tasks().runningTasks()).isEmpty();
    }
}
