package dev.canopy.ui.edit;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.ui.ViewModelFixture;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Edit tab's form alone: a rule's message shows under its field and Save follows validity and changes. */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.extension.ExtendWith(ClosesWindows.class)
class TenantEditViewTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();

    /** The form gets a window of its own: the whole-app tests reuse the primary stage and would keep its size. */
    @Start
    void start(Stage primary) {
        open(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
            store.execute(new CreateTenant(UUID.randomUUID(), globex, "Globex Lyon"));
        });
        var services = services();
        TenantEditViewModel model = new TenantEditViewModel(services.tenants(), services.store(), services.tasks(),
                services.commands(), services.notices());
        model.load(globex);
        Stage window = new Stage();
        window.setScene(new Scene(new TenantEditView(model), 720, 640));
        window.show();
    }

    @Test
    void aMessageShowsAtItsFieldAndSaveIsEnabledOnlyForValidChanges(FxRobot robot) {
        Button save = robot.lookup("#saveButton").queryButton();
        Label nameError = robot.lookup("#nameError").queryAs(Label.class);
        assertThat(save.isDisabled()).as("nothing changed yet").isTrue();
        assertThat(nameError.isVisible()).isFalse();

        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.doubleClickOn(name).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        assertThat(nameError.getText()).isEqualTo("Name is required.");
        assertThat(nameError.isVisible()).isTrue();
        assertThat(save.isDisabled()).isTrue();

        robot.write("Globex Industries");
        assertThat(nameError.isVisible()).isFalse();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        assertThat(store().tenant(globex).orElseThrow().name()).isEqualTo("Globex Industries");
        assertThat(save.isDisabled()).as("saved, so clean again").isTrue();
        assertThat(robot.lookup("#revertButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theParentListOffersEveryTenantOutsideItsOwnSubtreeAndAChoiceSavesAsAMove(FxRobot robot) {
        @SuppressWarnings("unchecked")
        var picker = (javafx.scene.control.ComboBox<dev.canopy.domain.tenant.TenantNode>) robot.lookup("#parentField").query();
        robot.interact(picker::show);
        assertThat(picker.getItems()).extracting(dev.canopy.domain.tenant.TenantNode::name)
                .as("not Globex itself nor its Lyon office").containsExactly("Northwind", "Acme");
        robot.interact(() -> {
            picker.setValue(picker.getItems().get(1));
            picker.hide();
        });
        robot.clickOn("#saveButton");
        assertThat(store().tenant(globex).orElseThrow().parentId()).isEqualTo(acme);
        assertThat(store().tenant(globex).orElseThrow().kind()).isEqualTo(dev.canopy.domain.tenant.TenantKind.SUB);
    }
}
