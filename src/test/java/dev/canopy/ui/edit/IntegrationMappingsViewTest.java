package dev.canopy.ui.edit;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappings.Mapping;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Edit tab's integration mappings in a window: an inherited row, a duplicate refused at the fields, an added one saved. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class IntegrationMappingsViewTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @Start
    void start(Stage primary) {
        open(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
            store.execute(new UpdateTenant(acme, TenantChanges.mappings(List.of(new ExternalRef("autotask", "4711")))));
            store.execute(new UpdateTenant(globex, TenantChanges.mappings(List.of(new ExternalRef("ninjaone", "9")))));
        });
        var services = services();
        TenantEditViewModel model = new TenantEditViewModel(services.tenants(), services.store(), services.tasks(),
                services.commands(), services.notices());
        model.load(berlin);
        Stage window = new Stage();
        // the app's look, in the room the Edit tab has in the app's window at its default size (1240 × 780)
        dev.canopy.ui.common.ThemeManager.applyTheme();
        Scene scene = new Scene(new TenantEditView(model), 800, 640);
        dev.canopy.ui.common.ThemeManager.style(scene);
        window.setScene(scene);
        window.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Mapping> table(FxRobot robot) {
        return robot.lookup("#mappingTable").queryAs(TableView.class);
    }

    private static void typeMapping(FxRobot robot, String source, String externalId) {
        robot.clickOn("#mappingSourceField .text-field").push(KeyCode.CONTROL, KeyCode.A).write(source);
        robot.clickOn("#mappingExternalIdField").push(KeyCode.CONTROL, KeyCode.A).write(externalId);
    }

    /** Whether the node is inside the form's scrolled viewport, so the technician sees it without scrolling. */
    private static boolean inView(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".edge-to-edge").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        return viewport.contains(node.localToScene(node.getLayoutBounds()));
    }

    @Test
    void theMappingsFieldsAndButtonsAreInViewAndTheTableShowsWhereEachRowComesFrom(FxRobot robot) {
        for (String id : List.of("#mappingTable", "#mappingSourceField", "#mappingExternalIdField", "#mappingAddButton",
                "#mappingChangeButton", "#mappingRemoveButton")) {
            assertThat(inView(robot, id)).as(id + " visible without scrolling").isTrue();
        }
        assertThat(robot.lookup("#mappingTable .table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(javafx.scene.control.TableCell::getText).containsSubsequence("autotask", "4711", "Inherited from Acme");
    }

    @Test
    void anInheritedRowADuplicateRefusedAtTheFieldsAndAnAddedMappingSaved(FxRobot robot) throws Exception {
        assertThat(table(robot).getItems()).extracting(Mapping::source, Mapping::externalId, Mapping::origin)
                .containsExactly(tuple("autotask", "4711", "Inherited from Acme"));
        assertThat(robot.lookup("#mappingChangeButton").queryButton().isDisabled()).as("nothing of its own selected").isTrue();

        typeMapping(robot, "ninjaone", "9");
        robot.clickOn("#mappingAddButton");
        Label error = robot.lookup("#mappingError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("External id 9 is already used by Globex for ninjaone.");
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).as("nothing to save").isTrue();
        dev.canopy.ui.SceneSnapshot.saveIfAsked(error.getScene(), "edit-mapping-refused");

        robot.clickOn("#mappingExternalIdField").push(KeyCode.CONTROL, KeyCode.A).write("10").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(table(robot).getItems()).extracting(Mapping::source, Mapping::origin)
                .containsExactly(tuple("autotask", "Inherited from Acme"), tuple("ninjaone", "Own"));
        assertThat(store().tenant(berlin).orElseThrow().externalRefs()).as("Enter added it; it did not save").isEmpty();

        robot.clickOn("#saveButton");
        assertThat(store().tenant(berlin).orElseThrow().externalRefs()).containsExactly(new ExternalRef("ninjaone", "10"));
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).as("saved, so clean again").isTrue();
    }
}
