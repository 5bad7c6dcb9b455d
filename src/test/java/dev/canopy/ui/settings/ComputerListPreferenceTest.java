package dev.canopy.ui.settings;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A computer-list setting is edited by ticking the tenant's computers, not by typing ids. */
class ComputerListPreferenceTest extends AppTestSupport {

    private static final RecordMeta META = RecordMeta.created(Instant.EPOCH, "seed");
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID server = UUID.randomUUID();

    private void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(new Tenant(msp, "Northwind", "northwind", TenantKind.MSP, null, "", "", List.of(), true, List.of(), META));
            writer.tenant(new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "", "", List.of(), true, List.of(), META));
            writer.computer(new Computer(server, "ACM-SRV-01", acme, "S1", "D1", "Windows Server 2022", "21H2", Instant.now(), null,
                    List.of("server"), List.of(), META));
            writer.computer(new Computer(UUID.randomUUID(), "ACM-LT-02", acme, "S2", "D2", "Windows 11 Pro", "24H2", Instant.now(), null,
                    List.of(), List.of(), META));
            writer.commit();
        }
    }

    @Test
    void excludingAComputerFromMaintenanceTicksItInTheList() throws Exception {
        launch(this::seed);
        robot.clickOn(cell("Acme"));
        robot.clickOn("#preferencesTab");
        settle();
        String label = PreferenceCatalogue.standard().find("maintenance.excludedComputers").orElseThrow().label();
        robot.clickOn(label);
        settle();
        Node serverBox = robot.lookup("#settingValueField .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && c.getItem().toString().startsWith("ACM-SRV-01")).lookup(".check-box").query();
        robot.clickOn(serverBox);
        robot.clickOn("#overrideButton");
        settle();
        assertThat(model().store().preferences()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("maintenance.excludedComputers");
            assertThat(p.value()).isEqualTo(server.toString());
        });
        TreeTableView<?> table = robot.lookup("#preferenceTable").queryAs(TreeTableView.class);
        assertThat(table).isNotNull();
        assertThat(robot.lookup("1 computer").tryQuery()).isPresent();
    }
}
