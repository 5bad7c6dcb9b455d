package dev.canopy.ui.computers;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Computers: the table, drag-and-drop reassignment with the what-if sheet, keyboard reassignment, undo. */
class ComputersTabTest extends AppTestSupport {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private final UUID msp = UUID.randomUUID();
    private final UUID dental = UUID.randomUUID();
    private final UUID legal = UUID.randomUUID();
    private final UUID pc1 = UUID.randomUUID();
    private final UUID pc2 = UUID.randomUUID();
    private final UUID pc3 = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
        robot.clickOn(cell("Alder Dental"));
        robot.clickOn("#computersTab");
        settle();
    }

    private void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(dental, msp, "Alder Dental", TenantKind.CLIENT));
            writer.tenant(tenant(legal, msp, "Birch Legal", TenantKind.CLIENT));
            writer.deployment(new Deployment(UUID.randomUUID(), dental, "Dentrix", DesiredState.ANY_VERSION, "", Enforcement.REQUIRED,
                    DeploymentScope.TENANT, true, List.of(), "", DeploymentOrder.UNORDERED, true, META));
            writer.computer(computer(pc1, "ALD-LT-0001"));
            writer.computer(computer(pc2, "ALD-LT-0002"));
            writer.computer(computer(pc3, "ALD-WS-0003"));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    private Computer computer(UUID id, String name) {
        return new Computer(id, name, dental, "SN-" + name, id.toString(), "Windows 11 Pro", "24H2", Instant.now(), null, List.of(),
                List.of(new Software("Dentrix", "24.1", "Henry Schein One")), META);
    }

    @SuppressWarnings("unchecked")
    private TableView<Computer> table() {
        return robot.lookup("#computerTable").queryAs(TableView.class);
    }

    private UUID tenantOf(UUID computer) {
        return model().current().computersByIds(List.of(computer), false).get(0).tenantId();
    }

    @Test
    void listsTheTenantsComputersAndShowsOneInDetail() throws Exception {
        assertThat(table().getItems()).extracting(Computer::name).containsExactly("ALD-LT-0001", "ALD-LT-0002", "ALD-WS-0003");
        robot.clickOn("ALD-LT-0002");
        settle();
        assertThat(robot.lookup("#computerDetail .label").queryAs(Label.class).getText()).startsWith("ALD-LT-0002");
        assertThat(robot.lookup("Dentrix").tryQuery()).isPresent();
        robot.clickOn("#computerFilter").write("0003");
        assertThat(table().getItems()).extracting(Computer::name).containsExactly("ALD-WS-0003");
    }

    @Test
    void draggingASelectionOntoATenantShowsTheWhatIfAndReassignsInOneUndoableStep() throws Exception {
        robot.clickOn("ALD-LT-0001");
        robot.press(KeyCode.SHIFT).clickOn("ALD-LT-0002").release(KeyCode.SHIFT);
        robot.drag("ALD-LT-0002").dropTo(cell("Birch Legal"));
        settle();

        VBox lost = robot.lookup("#whatIfLost").queryAs(VBox.class);
        assertThat(((Label) lost.getChildren().get(0)).getText()).contains("Dentrix").contains("2 computers");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Reassign 2 computers to Birch Legal?");
        robot.clickOn(robot.lookup("#whatIfDialog .button").match(hasText("Reassign")).queryButton());
        settle();

        assertThat(tenantOf(pc1)).isEqualTo(legal);
        assertThat(tenantOf(pc2)).isEqualTo(legal);
        assertThat(tenantOf(pc3)).isEqualTo(dental);
        assertThat(table().getItems()).extracting(Computer::name).containsExactly("ALD-WS-0003");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo reassign of 2 computers to Birch Legal");
        assertThat(model().current().auditOf(pc1)).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("computer.reassign"));

        // the History tab of the destination shows the two moves with before/after
        robot.clickOn(cell("Birch Legal"));
        robot.clickOn("#historyTab");
        settle();
        javafx.scene.control.TableView<dev.canopy.store.AuditRecord> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        assertThat(audit.getItems()).extracting(dev.canopy.store.AuditRecord::action).containsExactly("computer.reassign", "computer.reassign");
        robot.clickOn(cell("Alder Dental"));
        robot.clickOn("#computersTab");
        settle();

        robot.clickOn("#undoButton");
        settle();
        assertThat(tenantOf(pc1)).isEqualTo(dental);
        assertThat(table().getItems()).hasSize(3);
    }

    @Test
    void cancellingTheWhatIfChangesNothing() throws Exception {
        robot.drag("ALD-WS-0003").dropTo(cell("Birch Legal"));
        settle();
        robot.clickOn(robot.lookup("#whatIfDialog .button").match(hasText("Cancel")).queryButton());
        settle();
        assertThat(tenantOf(pc3)).isEqualTo(dental);
        assertThat(model().undoState().canUndoProperty().get()).isFalse();
    }

    @Test
    void theKeyboardReassignsThroughATenantPicker() throws Exception {
        robot.clickOn("ALD-WS-0003");
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> robot.lookup("#tenantPickerFilter").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        // headless Monocle leaves keyboard focus with the main window until the dialog is clicked
        robot.clickOn("#tenantPickerFilter").write("birch");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup("#whatIfDialog .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Reassign 1 computer to Birch Legal?");
        robot.clickOn("#whatIfDialog").type(KeyCode.ENTER);
        settle();
        assertThat(tenantOf(pc3)).isEqualTo(legal);
    }
}
