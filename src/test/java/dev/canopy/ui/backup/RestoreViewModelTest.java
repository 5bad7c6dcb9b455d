package dev.canopy.ui.backup;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.BackupInfo;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The restore dialog's model on the real main model: the list, the confirmation's words, restore, and a refused file. */
class RestoreViewModelTest extends ViewModelFixture {

    @TempDir
    Path elsewhere;

    private final UUID msp = UUID.randomUUID();
    private RestoreViewModel model;

    private void openNorthwind() {
        open(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Acme"));
        });
        model = new RestoreViewModel(folder, main.tasks(), main, main, ZoneOffset.UTC);
    }

    @Test
    void listsBackupsNewestFirstAndTheConfirmationNamesDateAndContents() {
        openNorthwind();
        new BackupNowViewModel(main, main.tasks(), main).backUpNow();
        assertThat(main.noticeProperty().get()).startsWith("Backed up 2 tenants and 0 computers to " + StoreBackups.folderOf(folder));
        services().commands().execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"), a -> { }, e -> { throw new AssertionError(e); });
        BackupInfo newer = StoreBackups.backUp(store(), BackupInfo.Kind.DAILY);

        model.load();

        assertThat(model.backups()).extracting(BackupRow::kind, BackupRow::tenants).containsExactly(
                org.assertj.core.groups.Tuple.tuple("daily", 3), org.assertj.core.groups.Tuple.tuple("manual", 2));
        assertThat(model.selectedProperty().get().file()).isEqualTo(newer.file());
        model.selectedProperty().set(model.backups().get(1));
        assertThat(model.confirmation()).contains("backup of " + model.backups().get(1).date() + " (2 tenants and 0 computers)")
                .contains("after that backup will be gone");
    }

    @Test
    void restoreGivesTheBackedUpTreeAndClearsUndo() {
        openNorthwind();
        new BackupNowViewModel(main, main.tasks(), main).backUpNow();
        services().commands().execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"), a -> { }, e -> { throw new AssertionError(e); });
        assertThat(main.hierarchy().size()).isEqualTo(3);
        assertThat(main.undoState().canUndoProperty().get()).isTrue();

        model.load();
        model.restore();

        assertThat(main.hierarchy().size()).isEqualTo(2);
        assertThat(main.hierarchy().depthFirst()).extracting(n -> n.name()).containsExactlyInAnyOrder("Northwind", "Acme");
        assertThat(main.stateProperty().get()).isEqualTo(dev.canopy.ui.main.MainViewModel.State.READY);
        assertThat(main.undoState().canUndoProperty().get()).isFalse();
        assertThat(main.noticeProperty().get()).startsWith("Restored the backup of").endsWith("2 tenants and 0 computers.");
    }

    @Test
    void anOtherFileThatIsNoBackupSaysWhyAndIsNotListed() throws Exception {
        openNorthwind();
        model.load();
        assertThat(model.problemProperty().get()).startsWith("There are no backups in");

        model.choose(Files.writeString(elsewhere.resolve("notes.zip"), "text"));

        assertThat(model.problemProperty().get()).contains("notes.zip is not a Canopy backup (not a zip file)");
        assertThat(model.backups()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }
}
