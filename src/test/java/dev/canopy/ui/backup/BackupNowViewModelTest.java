package dev.canopy.ui.backup;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.store.BackupInfo;
import dev.canopy.store.SampleWriter;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.LaneTaskExecutor;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.main.MainViewModel;
import dev.canopy.ui.main.OpenedStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Back up… on the real main model and store: progress, cancel mid-copy, edits meanwhile, the finished backup listed. */
class BackupNowViewModelTest extends ViewModelFixture {

    private final List<Runnable> longWork = new ArrayList<>();

    /** A sample fleet, opened on an executor that holds long work until the test runs it (edits run at once). */
    private void openSample() {
        try (var store = dev.canopy.store.LocalStore.open(folder); SampleWriter writer = store.sampleWriter()) {
            new SampleGenerator(5, Instant.parse("2026-11-02T08:00:00Z"), "sample").generate("Northwind", 40, 600, writer);
            writer.commit();
        }
        main = new MainViewModel(folder, new LaneTaskExecutor(Runnable::run, Runnable::run, longWork::add, Runnable::run) {
        }, OpenedStore::open);
        main.open();
    }

    private BackupNowViewModel backups() {
        return new BackupNowViewModel(main, main.tasks(), main);
    }

    @Test
    void aFinishedBackupShowedItsProgressAndIsListed() {
        openSample();
        RunningTask task = backups().backUpNow();
        assertThat(main.tasks().runningTasks()).containsExactly(task);
        List<Double> seen = new ArrayList<>();
        task.fractionProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        longWork.forEach(Runnable::run);

        assertThat(seen).anyMatch(f -> f > 0 && f < 1).last().isEqualTo(1.0);
        assertThat(main.tasks().runningTasks()).isEmpty();
        List<BackupInfo> listed = StoreBackups.list(folder);
        assertThat(listed).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BackupInfo.Kind.MANUAL);
            assertThat(b.tenants()).isEqualTo(main.hierarchy().size());
        });
        assertThat(main.noticeProperty().get()).startsWith("Backed up ").endsWith(" to " + listed.get(0).file() + ".");
    }

    @Test
    void cancelWhileTheDatabaseIsCopiedLeavesNoBackupFileAndEditsWentOnMeanwhile() throws IOException {
        openSample();
        int before = main.hierarchy().size();
        RunningTask task = backups().backUpNow();
        UUID root = main.hierarchy().root().orElseThrow().id();
        List<Throwable> refused = new ArrayList<>();
        task.fractionProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0 && !task.isCancelled()) {
                // the copy is under way: the technician edits, then presses the status bar's Cancel
                main.execute(new CreateTenant(UUID.randomUUID(), root, "Made during the backup"), applied -> { }, refused::add);
                task.cancel();
            }
        });
        longWork.forEach(Runnable::run);

        assertThat(refused).isEmpty();
        assertThat(main.hierarchy().size()).isEqualTo(before + 1);
        assertThat(main.noticeProperty().get()).isEqualTo("Backup cancelled; no backup file was kept.");
        assertThat(main.tasks().runningTasks()).isEmpty();
        try (var left = Files.list(StoreBackups.folderOf(folder))) {
            assertThat(left).as("no zip, no part file, no unpacked copy").isEmpty();
        }
    }
}
