package dev.canopy.ui.imports;

import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.imports.entra.FakeGraph;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Entra import dialog on screen: the selected tenant, a pasted token, the dry run's rows, and Import. */
@ExtendWith(ApplicationExtension.class)
class EntraImportDialogTest extends ViewModelFixture {

    private final FakeGraph graph = new FakeGraph();
    private Stage stage;
    private UUID acme;

    @Start
    void start(Stage given) {
        open(new ComplianceSeed()::write);
        acme = tenantNamed("Acme").id();
        select(acme);
        stage = given;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stopGraph() {
        graph.close();
    }

    @Test
    void aPastedTokenGivesTheDryRunsRowsAndImportAddsThePeople(FxRobot robot) throws Exception {
        Platform.runLater(() -> EntraImportDialog.open(stage, services()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entraImportDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entraTenant").queryAs(ComboBox.class).getValue()).isEqualTo(acme);
        assertThat(robot.lookup("#entraGraphUrl").queryAs(TextField.class).getText()).isEqualTo("https://graph.microsoft.com");
        assertThat(robot.lookup("#entraDryRunButton").queryAs(Button.class).isDisabled()).as("no token yet").isTrue();

        robot.interact(() -> robot.lookup("#entraGraphUrl").queryAs(TextField.class).setText(graph.url()));
        robot.clickOn("#entraToken").write(FakeGraph.TOKEN);
        robot.clickOn("#entraDryRunButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#entraSummary").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#entraSummary").queryAs(Label.class).getText()).startsWith("Read 5 users on 3 pages from Microsoft Graph");
        TableView<?> added = robot.lookup("#entraNewTable").queryAs(TableView.class);
        assertThat(added.getItems()).hasSize(4);
        assertThat(robot.lookup("#entraNewTable").lookup(".table-cell").queryAll()).extracting(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .contains("Ada Lovelace", "ada@contoso.example");

        dev.canopy.ui.SceneSnapshot.saveIfAsked(robot.lookup("#entraImportDialog").query().getScene(), "entraImportDryRun");
        robot.clickOn("#entraImportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entraImportDialog").tryQuery().isEmpty());

        assertThat(store().records(PersonKind.INSTANCE, List.of(acme))).extracting(Person::displayName)
                .containsExactlyInAnyOrder("Ada Lovelace", "Ben Okafor", "Cy Young", "Dee Park");
        assertThat(main.noticeProperty().get()).isEqualTo("Imported: import of 4 people from Entra ID.");
        assertThat(robot.lookup(".password-field").tryQuery()).isEmpty();
    }
}
