package dev.canopy.tools;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.imports.ImportFlow;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The import wizard on the tour's data folder: an export of a shape Canopy does not know, written from the folder's
 * first client (some computers with a newer OS, one name written differently), a new client with a site, and a row
 * without a name; the Columns step before and after mapping, then the dry run's sections. Cancelled: nothing imported.
 */
final class ImportScreens {

    interface Shot {
        void window(String name) throws Exception;
    }

    private final FxRobot robot;
    private final Shot shot;

    ImportScreens(FxRobot robot, Shot shot) {
        this.robot = robot;
        this.shot = shot;
    }

    void run(CanopyApp app, Window owner) throws Exception {
        Path file = export(app);
        robot.interact(() -> ImportFlow.openOn(owner, app.model().services(), app.model().folder(), file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importMappingStep").tryQuery().isPresent());
        pause();
        shot.window("importColumnsUnknown");
        choose("#column-CLIENT", "Company");
        choose("#column-CLIENT_ID", "Company ID");
        choose("#column-SITE", "Location");
        choose("#column-COMPUTER_NAME", "Hostname");
        choose("#column-SERIAL_NUMBER", "Serial");
        choose("#column-OS", "Operating system");
        choose("#column-LAST_SEEN", "Last check-in");
        robot.clickOn("#importSourceField").write("psa-x");
        pause();
        shot.window("importColumns");
        robot.clickOn("#importDryRunButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#importSummary").tryQuery().map(Node::isVisible).orElse(false));
        pause();
        shot.window("importDryRun");
        robot.clickOn(robot.lookup("#importSections .tab").nth(1).queryAs(Node.class));
        pause();
        shot.window("importDryRunChanged");
        robot.clickOn(robot.lookup("#importSections .tab").nth(4).queryAs(Node.class));
        robot.clickOn("#importOtherRows");
        pause();
        shot.window("importDryRunProblems");
        robot.clickOn("#importCancelButton");
        pause();
    }

    /** Picks a column (the tests click the list; here only the picture matters). */
    @SuppressWarnings("unchecked")
    private void choose(String comboId, String column) {
        robot.interact(() -> robot.lookup(comboId).queryAs(ComboBox.class).setValue(column));
    }

    private static void pause() throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A PSA's CSV (semicolons, US dates) about the folder's first client and a new one. */
    private static Path export(CanopyApp app) throws Exception {
        var hierarchy = app.model().hierarchyProperty().get();
        TenantNode msp = hierarchy.root().orElseThrow();
        TenantNode client = hierarchy.children(msp.id()).stream().filter(c -> c.computers() > 3).findFirst().orElseThrow();
        List<Computer> computers = app.model().current().computers(List.of(client.id()), false);
        StringBuilder csv = new StringBuilder("Company;Company ID;Location;Hostname;Serial;Operating system;Last check-in\n");
        for (int i = 0; i < computers.size(); i++) {
            Computer c = computers.get(i);
            String os = i % 3 == 0 ? "Windows 11 Pro 24H2" : c.os();
            csv.append(client.name()).append(";;;").append(c.name()).append(";").append(c.serialNumber()).append(";").append(os)
                    .append(";11/").append(20 + i % 9).append("/2026 09:").append(10 + i % 50).append('\n');
        }
        csv.append(client.name().replace(' ', '-')).append(";;;NEW-PC-1;;Windows 11 Pro;11/30/2026 08:15\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("Initech;c-7;").append(i <= 3 ? "" : "Austin").append(";INI-").append(String.format("%02d", i)).append(";SN-I")
                    .append(i).append(";Windows 11 Enterprise;11/29/2026 17:0").append(i).append('\n');
        }
        csv.append("Initech;c-7;;;SN-I9;Windows 10;11/02/2026 10:00\n");
        Path file = Files.createTempDirectory("canopy-import").resolve("psa-export.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
