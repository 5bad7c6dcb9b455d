package dev.canopy.ui.deployments;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.ui.SceneSnapshot;
import dev.canopy.ui.common.ThemeManager;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * The Deployments tab on its own (no tree, no main window) over the seeded store, starting on
 * Acme Berlin: the table, its buttons and hint, the "why" panel, and the dialogs it opens.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.extension.ExtendWith(ClosesWindows.class)
class DeploymentsTabTest extends DeploymentsFixture {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    /** On a stage of its own: the primary stage stays as the whole-app tests expect it. */
    @Start
    void start(Stage primary) {
        openOn("Acme Berlin");
        Stage stage = new Stage();
        ThemeManager.applyTheme();
        // about the tab's room in the default window
        TabPane tabs = new TabPane(new DeploymentsTab(services()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 820, 640);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReachingDeployment> table(FxRobot robot) {
        return robot.lookup("#deploymentTable").queryAs(TableView.class);
    }

    /** Each row as its cells read, left to right. */
    private static List<List<String>> shownRows(FxRobot robot) {
        TableView<ReachingDeployment> table = table(robot);
        return table.getItems().stream().map(row -> table.getColumns().stream()
                .map(c -> String.valueOf(((TableColumn<ReachingDeployment, ?>) c).getCellObservableValue(row).getValue()))
                .toList()).toList();
    }

    /** The table line of a software whose "From" cell reads {@code from}. */
    @SuppressWarnings("unchecked")
    private TableRow<ReachingDeployment> tableRow(FxRobot robot, String software, String from) {
        ReachingDeployment wanted = row(software, from);
        return robot.lookup("#deploymentTable .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<ReachingDeployment>) n)
                .filter(r -> wanted.equals(r.getItem()))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + software + " / " + from));
    }

    /** The "why" panel's entries: software -> its lines as shown. */
    private static Map<String, List<String>> whyShown(FxRobot robot) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Node entry : robot.lookup("#whyList .why-entry").queryAll()) {
            out.put(String.valueOf(entry.getUserData()), ((VBox) entry).getChildren().stream().map(n -> ((Label) n).getText()).toList());
        }
        return out;
    }

    private static Node whyEntry(FxRobot robot, String software) {
        return robot.lookup("#whyList .why-entry").match(n -> software.equals(n.getUserData())).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).query().isDisabled();
    }

    private static Button dialogButton(FxRobot robot, String dialogId, String text) {
        return robot.lookup(dialogId + " .button").match(n -> text.equals(((Button) n).getText())).queryButton();
    }

    @Test
    void theTableShowsEachRowAsWordedAndTheButtonsFitTheSelectedRow(FxRobot robot) {
        robot.interact(() -> show("Acme"));
        assertThat(shownRows(robot)).isEqualTo(lines()).hasSize(4);

        robot.clickOn(tableRow(robot, "Acme Tools", "Own"));
        assertThat(disabled(robot, "#editDeploymentButton")).isFalse();
        assertThat(disabled(robot, "#deleteDeploymentButton")).isFalse();
        assertThat(robot.lookup("#makeExceptionButton").queryAs(MenuButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#deploymentHint").query().isVisible()).isFalse();

        TableRow<ReachingDeployment> crossTenant = tableRow(robot, "7-Zip", "Cross-tenant");
        assertThat(crossTenant.getPseudoClassStates()).as("muted: not Acme's to edit").contains(READ_ONLY);
        assertThat(crossTenant.getTooltip().getText()).isEqualTo(model.hint(crossTenant.getItem()));
        robot.clickOn(crossTenant);
        assertThat(disabled(robot, "#editDeploymentButton")).isTrue();
        assertThat(disabled(robot, "#deleteDeploymentButton")).isTrue();
        assertThat(robot.lookup("#makeExceptionButton").queryAs(MenuButton.class).isDisabled()).isFalse();
        assertThat(text(robot, "#deploymentHint"))
                .isEqualTo("7-Zip is a cross-tenant deployment of Northwind: edit it there, or make an exception here.");

        robot.interact(() -> show("Contoso"));
        assertThat(shownRows(robot)).isEmpty();
        assertThat(text(robot, "#deploymentHint")).isEqualTo(model.hint(null)).startsWith("Contoso opts out");
    }

    @Test
    void theWhyPanelShowsEachSoftwaresLinesAndFollowsTheTypedTagsThePickerAndTheSelectedRow(FxRobot robot) throws Exception {
        assertThat(whyShown(robot)).containsOnlyKeys("7-Zip", "Google Chrome");
        assertThat(whyShown(robot).get("7-Zip")).isEqualTo(whyOf("7-Zip"))
                .containsExactly("7-Zip: Latest, Cross-tenant scope from Northwind — wins.", "No other deployment of 7-Zip reaches this computer.");

        robot.clickOn("#whyTagsField").write("Kiosk");
        assertThat(whyShown(robot).get("7-Zip")).containsExactly(
                "7-Zip: Not present, Tag scope for computers tagged \"kiosk\" in Acme — wins.",
                "Beats Latest, Cross-tenant scope from Northwind: Tag scope beats Cross-tenant scope.");
        assertThat(whyEntry(robot, "7-Zip").lookup(".why-beaten")).isNotNull();

        // a real computer: its own tags, shown in place of the typed ones
        @SuppressWarnings("unchecked")
        ComboBox<WhyComputer> picker = robot.lookup("#whyComputerPicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(WhyComputer::name).containsExactly("Any computer of Acme Berlin", "BER-KIOSK-01", "BER-PC-02");
        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("BER-PC-02")).queryAs(Node.class));
        assertThat(picker.getValue().name()).isEqualTo("BER-PC-02");
        assertThat(robot.lookup("#whyTagsField").query().isVisible()).isFalse();
        assertThat(text(robot, "#whyComputerTags")).isEqualTo("Tags: office");
        assertThat(whyShown(robot).get("7-Zip").get(0)).isEqualTo("7-Zip: Latest, Cross-tenant scope from Northwind — wins.");

        // the selected row's software is marked below
        robot.clickOn(tableRow(robot, "Google Chrome", "Inherited from Acme"));
        assertThat(whyEntry(robot, "Google Chrome").getPseudoClassStates()).contains(HIGHLIGHTED);
        assertThat(whyEntry(robot, "7-Zip").getPseudoClassStates()).doesNotContain(HIGHLIGHTED);
        robot.clickOn(tableRow(robot, "7-Zip", "Cross-tenant"));
        assertThat(whyEntry(robot, "7-Zip").getPseudoClassStates()).contains(HIGHLIGHTED);
        SceneSnapshot.saveIfAsked(robot.lookup("#deploymentTable").query().getScene(), "deployments-why");
    }

    @Test
    void anExceptionFromTheMenuIsSelectedAndASecondOneIsRefusedInADialog(FxRobot robot) throws Exception {
        robot.clickOn(tableRow(robot, "7-Zip", "Cross-tenant"));
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Not present here (remove it)");

        assertThat(storedOf(seed.berlin)).singleElement().satisfies(d -> assertThat(d.desiredState()).isEqualTo(DesiredState.NOT_PRESENT));
        assertThat(shownRows(robot).get(0)).containsSubsequence("7-Zip", "Not present", "Own");
        assertThat(table(robot).getSelectionModel().getSelectedItem().deployment().ownerTenantId()).isEqualTo(seed.berlin);
        assertThat(whyEntry(robot, "7-Zip").getPseudoClassStates()).contains(HIGHLIGHTED);
        SceneSnapshot.saveIfAsked(robot.lookup("#deploymentTable").query().getScene(), "deployments");

        robot.clickOn(tableRow(robot, "7-Zip", "Inherited from Acme"));
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Ignore here (leave it as it is)");
        assertThat(robot.lookup("#errorDialog .content").queryAs(Label.class).getText())
                .isEqualTo("Acme Berlin already has its own deployment of 7-Zip (Not present); edit that one instead.");
        assertThat(storedOf(seed.berlin)).hasSize(1);
    }

    @Test
    void newAndDoubleClickOpenTheDialogAndDeleteAsksFirst(FxRobot robot) {
        robot.interact(() -> show("Acme"));
        robot.clickOn("#newDeploymentButton");
        assertThat(robot.lookup("#deploymentDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("New deployment in Acme");
        robot.clickOn("#deploymentSoftwareField").write("Zoom");
        press(robot, "#deploymentOkButton");
        assertThat(table(robot).getSelectionModel().getSelectedItem().deployment().software()).as("the new one is selected")
                .isEqualTo("Zoom");

        robot.doubleClickOn(tableRow(robot, "Acme Tools", "Own"));
        assertThat(robot.lookup("#deploymentDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Edit the deployment of Acme Tools in Acme");
        @SuppressWarnings("unchecked")
        ComboBox<DesiredState> state = robot.lookup("#deploymentStateField").queryAs(ComboBox.class);
        robot.interact(() -> state.setValue(DesiredState.SPECIFIC_VERSION));
        robot.clickOn("#deploymentVersionField").write("2.1");
        press(robot, "#deploymentOkButton");
        assertThat(storedOf(seed.acme)).filteredOn(d -> d.id().equals(seed.acmeTools)).singleElement()
                .satisfies(d -> assertThat(d.version()).isEqualTo("2.1"));
        assertThat(shownRows(robot)).contains(List.of("Acme Tools", "Specific version 2.1", "Required", "Tenant", "Unordered", "Yes", "Own"));

        robot.clickOn("#deleteDeploymentButton");
        Deployment tools = row("Acme Tools", "Own").deployment();
        assertThat(robot.lookup("#deleteDeploymentConfirm .content").queryAs(Label.class).getText()).isEqualTo(model.deleteQuestion(tools));
        press(robot, dialogButton(robot, "#deleteDeploymentConfirm", "Cancel"));
        assertThat(storedOf(seed.acme)).extracting(Deployment::id).contains(seed.acmeTools);
        robot.clickOn("#deleteDeploymentButton");
        press(robot, dialogButton(robot, "#deleteDeploymentConfirm", "OK"));
        assertThat(storedOf(seed.acme)).extracting(Deployment::id).doesNotContain(seed.acmeTools);
        assertThat(shownRows(robot)).extracting(r -> r.get(0)).doesNotContain("Acme Tools");
    }
}
