package dev.canopy.ui.overview;

import dev.canopy.domain.computer.Computer;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Overview in the whole window: the first tab, its numbers, and a click from a number to the computers behind it. */
@Tag("scenario")
class OverviewScenarioTest extends AppTestSupport {

    private final OverviewSeed seed = new OverviewSeed();

    @BeforeEach
    void start() throws Exception {
        launch(seed::seed);
        robot.clickOn(cell("Alder Dental"));
        settle();
        waitFor(() -> !link("#verdict-NON_COMPLIANT").getText().isEmpty());
    }

    private Hyperlink link(String query) {
        return robot.lookup(query).queryAs(Hyperlink.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Computer> computers() {
        return robot.lookup("#computerTable").queryAs(TableView.class);
    }

    @Test
    void aTenantOpensOnItsOverviewAndANumberOpensTheComputersBehindIt() throws Exception {
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("overviewTab");
        assertThat(robot.lookup("#overviewTitle").queryAs(Label.class).getText()).isEqualTo("Alder Dental");
        assertThat(robot.lookup("#overviewComputers").queryAs(Label.class).getText()).isEqualTo("4");
        assertThat(robot.lookup("#overviewCompliant").queryAs(Label.class).getText()).isEqualTo("66% compliant");
        assertThat(link("#status-ONLINE").getText()).isEqualTo("2");

        robot.clickOn("#verdict-NON_COMPLIANT");
        waitFor(() -> "computersTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        settle();
        waitFor(() -> computers().getItems().size() == 1);
        assertThat(computers().getItems()).extracting(Computer::name).containsExactly("ALD-01");
        assertThat(robot.lookup("#computerShortlist").queryAs(Label.class).getText())
                .isEqualTo("Showing 1 non-compliant computer in Alder Dental");

        robot.clickOn("#clearShortlistButton");
        waitFor(() -> computers().getItems().size() == 4);
        assertThat(robot.lookup("#computerShortlist").queryAs(Label.class).getParent().isVisible()).isFalse();

        robot.clickOn("#overviewTab");
        robot.clickOn("#failing-GoogleChrome");
        waitFor(() -> computers().getItems().size() == 1);
        robot.clickOn(cell("Birch Legal"));
        settle();
        waitFor(() -> computers().getItems().size() == 1 && computers().getItems().get(0).name().equals("BIR-01"));
        assertThat(robot.lookup("#computerShortlist").queryAs(Label.class).getParent().isVisible()).as("a shortlist belongs to its tenant").isFalse();
    }

    @Test
    void aPeopleCountOpensThosePeopleInTheUsersTab() throws Exception {
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(link("#people-TENANT_USER").getText()).isEqualTo("1");

        robot.clickOn("#people-TENANT_USER");
        waitFor(() -> "usersTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        settle();
        waitFor(() -> robot.lookup("#userTable").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#peopleShortlist").queryAs(Label.class).getText()).isEqualTo("Showing 1 tenant user (reads) in Alder Dental");

        robot.clickOn("#clearPeopleShortlistButton");
        waitFor(() -> robot.lookup("#userTable").queryAs(TableView.class).getItems().size() == 2);
    }
}
