package dev.canopy.ui.export;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.imports.export.ExportSeed;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompt for an export the app was started on: what it would restore, restore only on confirmation, refusals. */
class OpenExportViewModelTest extends ViewModelFixture {

    @TempDir
    Path elsewhere;

    private Path export;
    private final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void writeAnExport() throws Exception {
        export = elsewhere.resolve("northwind.canopy");
        try (LocalStore source = LocalStore.open(elsewhere.resolve("source")); OutputStream out = Files.newOutputStream(export)) {
            new ExportSeed().write(source);
            CanopyExport.write(source, out, new CanopyExport.Origin(Instant.parse("2026-12-01T10:00:00Z"), "grace", "/home/grace/canopy"),
                    (done, total, name) -> { }, () -> false);
        }
    }

    private OpenExportViewModel prompt(Path file) {
        return new OpenExportViewModel(file, services().store(), services().tasks(), () -> {
            reloads.incrementAndGet();
            main.reload();
        });
    }

    @Test
    void intoAnEmptyFolderItSaysWhatItWouldRestoreAndRestoresOnlyWhenConfirmed() {
        open(store -> { });
        OpenExportViewModel model = prompt(export);
        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(OpenExportViewModel.State.READY);
        assertThat(model.canRestore().get()).isTrue();
        assertThat(model.headerProperty().get()).startsWith("Canopy export (format version 1) written 2026-12-01T10:00:00Z by grace")
                .endsWith(", from /home/grace/canopy.");
        assertThat(model.contentsProperty().get()).startsWith("Would restore 8 tenants, 8 computers (").endsWith(" into " + folder + ".");
        assertThat(model.messageProperty().get()).isEqualTo("Nothing is changed until you choose Restore.");
        assertThat(main.hierarchyProperty().get().size()).as("reading the file wrote nothing").isZero();

        model.restore();

        assertThat(model.stateProperty().get()).isEqualTo(OpenExportViewModel.State.RESTORED);
        assertThat(model.messageProperty().get()).startsWith("Restored 8 tenants, 8 computers (");
        assertThat(reloads).hasValue(1);
        assertThat(main.hierarchyProperty().get().size()).as("the window shows the restored tenants").isEqualTo(8);
        assertThat(model.canRestore().get()).as("restored once").isFalse();
    }

    @Test
    void aFolderThatHoldsDataIsNeverReplacedAndThePromptSaysWhy() {
        open(new ExportSeed()::write);
        int before = main.hierarchyProperty().get().size();
        OpenExportViewModel model = prompt(export);
        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(OpenExportViewModel.State.REFUSED);
        assertThat(model.canRestore().get()).isFalse();
        assertThat(model.contentsProperty().get()).startsWith("It holds 8 tenants, 8 computers");
        assertThat(model.messageProperty().get()).startsWith("Not restored: the data folder " + folder + " already holds data")
                .contains("choose an empty data folder in Settings");

        model.restore();
        assertThat(reloads).hasValue(0);
        assertThat(store().loadHierarchy().size()).isEqualTo(before);
    }

    @Test
    void aCutFileIsRefusedWithTheLineAndNothingIsWritten() throws Exception {
        open(store -> { });
        Path cut = elsewhere.resolve("cut.canopy");
        String whole = Files.readString(export);
        Files.writeString(cut, whole.substring(0, whole.length() / 2));
        OpenExportViewModel model = prompt(cut);
        model.check();

        assertThat(model.stateProperty().get()).isEqualTo(OpenExportViewModel.State.REFUSED);
        assertThat(model.messageProperty().get()).startsWith("cut.canopy cannot be restored: ");
        assertThat(model.canRestore().get()).isFalse();
        assertThat(store().loadHierarchy().size()).isZero();
    }
}
