package dev.canopy.ui.export;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.imports.export.ExportSeed;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.ViewModelFixture;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export… without a window: what it offers, the JSON file that restores, the CSV folder, cancel writing nothing. */
class ExportViewModelTest extends ViewModelFixture {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    /** Where the exports go, beside the data folder. */
    @TempDir
    Path out;

    private final ExportSeed seed = new ExportSeed();

    @BeforeEach
    void openSeeded() {
        open(seed::write);
    }

    private ExportViewModel model() {
        return new ExportViewModel(services().tenants(), services().store(), services().tasks(), services().notices(), CLOCK);
    }

    @Test
    void offersTheWholeFolderWithANameForTheFileOrFolder() {
        ExportViewModel model = model();
        assertThat(model.hasData()).isTrue();
        assertThat(model.contents()).startsWith("8 tenants and 8 computers");
        assertThat(model.suggestedName()).isEqualTo("canopy-export-2026-12-01.canopy");
        model.formatProperty().set(ExportViewModel.Format.CSV);
        assertThat(model.suggestedName()).isEqualTo("canopy-export-2026-12-01");
    }

    @Test
    void theJsonFileIsWrittenWholeAndRestores() throws Exception {
        Path file = out.resolve("export.json");
        model().export(file);

        assertThat(file.resolveSibling("export.json.partial")).doesNotExist();
        assertThat(main.noticeProperty().get()).isEqualTo("Exported 8 tenants and 8 computers to " + file + ".");
        assertThat(CanopyExport.isExport(file)).isTrue();
        try (LocalStore copy = LocalStore.open(out.resolve("copy"))) {
            assertThat(CanopyExport.restore(file, copy).computers()).isEqualTo(8);
        }
    }

    @Test
    void theCsvFilesGoIntoAnEmptyFolderOrANewOneInside() throws Exception {
        ExportViewModel model = model();
        model.formatProperty().set(ExportViewModel.Format.CSV);
        Path empty = Files.createDirectories(out.resolve("empty"));
        assertThat(model.csvFolder(empty)).isEqualTo(empty);
        Path busy = Files.createDirectories(out.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThat(model.csvFolder(busy)).isEqualTo(busy.resolve("canopy-export-2026-12-01"));

        model.export(busy);

        assertThat(busy.resolve("canopy-export-2026-12-01").resolve("people.csv")).exists();
        assertThat(busy.resolve("notes.txt")).hasContent("mine");
        assertThat(main.noticeProperty().get())
                .isEqualTo("Exported 8 tenants and 8 computers as CSV files into " + busy.resolve("canopy-export-2026-12-01") + ".");
    }

    @Test
    void aCancelledExportWritesNothingAndSaysSo() {
        services().tasks().runningTasks().addListener((ListChangeListener<dev.canopy.ui.common.RunningTask>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(dev.canopy.ui.common.RunningTask::cancel);
            }
        });
        Path file = out.resolve("export.json");
        model().export(file);

        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("export.json.partial")).doesNotExist();
        assertThat(main.noticeProperty().get()).isEqualTo("Export cancelled; nothing was written.");
    }

    @Test
    void aFailureIsSaidInTheStatusBar() {
        Path file = out.resolve("no-such-folder").resolve("export.json");
        model().export(file);
        assertThat(main.noticeProperty().get()).startsWith("Could not export:");
        assertThat(file).doesNotExist();
    }
}
