package dev.canopy.cli;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canopy is open on a data folder and is started again on it, in this JVM as the OS would start a second process:
 * {@code canopy FILE} hands the file to the open window, which comes to front with the restore prompt, and the second
 * start ends with 0 instead of failing on the folder's lock.
 */
@Tag("scenario")
class SecondStartAppTest extends AppTestSupport {

    @TempDir
    Path elsewhere;

    @Test
    void aSecondStartWithAnExportHandsItToTheOpenWindow() throws Exception {
        launch(store -> store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind")));
        Path export = elsewhere.resolve("globex.canopy");
        Path other = elsewhere.resolve("other");
        try (LocalStore store = LocalStore.open(other); OutputStream out = Files.newOutputStream(export)) {
            store.execute(new CreateTenant(UUID.randomUUID(), null, "Globex"));
            CanopyExport.write(store, out, new CanopyExport.Origin(Instant.EPOCH, "grace", other.toString()), (d, t, n) -> { }, () -> false);
        }
        waitFor(() -> Files.exists(folder.resolve("canopy.instance")));

        assertThat(Main.run("--data-dir", folder.toString(), export.toString())).isZero();

        waitFor(30, () -> robot.lookup("#openExportDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#openExportDialog").query().getScene().getWindow().isShowing()).isTrue();
        assertThat(hierarchy().root().orElseThrow().name()).as("nothing restored before the technician says so").isEqualTo("Northwind");
    }

    @Test
    void aPlainSecondStartBringsTheWindowToFrontAndEnds() throws Exception {
        launch(store -> store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind")));
        waitFor(() -> Files.exists(folder.resolve("canopy.instance")));
        javafx.stage.Stage main = (javafx.stage.Stage) robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Canopy")).findFirst().orElseThrow();
        robot.interact(() -> main.setIconified(true));
        assertThat(main.isIconified()).isTrue();

        assertThat(Main.run("--data-dir", folder.toString())).isZero();

        waitFor(() -> !main.isIconified());
    }
}
