package dev.canopy.ui;

import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.ui.main.MainViewModel;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** First run on an empty data folder, in the whole window: the welcome gives way to the tree. */
@Tag("scenario")
class WelcomeViewTest extends AppTestSupport {

    @Test
    void anEmptyFolderOpensOnTheWelcomeAndNamingTheMspCreatesTheRoot() throws Exception {
        launch(store -> { });
        assertThat(model().stateProperty().get()).isEqualTo(MainViewModel.State.WELCOME);
        assertThat(robot.lookup("#welcomeView").tryQuery()).isPresent();

        robot.clickOn("#createMspButton");
        assertThat(robot.lookup("#mspNameError").queryAs(Label.class).getText()).isEqualTo("Name is required.");

        robot.clickOn("#mspNameField").write("Contoso Managed IT");
        robot.clickOn("#createMspButton");
        settle();
        assertThat(model().stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(visibleTenantNames()).containsExactly("Contoso Managed IT");
        assertThat(hierarchy().root().orElseThrow().kind()).isEqualTo(TenantKind.MSP);
    }

    @Test
    void loadingSampleDataFillsTheTree() throws Exception {
        launch(store -> { });
        robot.clickOn("#loadSampleButton");
        waitFor(60, () -> model().stateProperty().get() == MainViewModel.State.READY);
        assertThat(hierarchy().size()).isEqualTo(200);
        assertThat(hierarchy().totalComputers()).isEqualTo(2000);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).isEqualTo("200 tenants · 2,000 computers");
    }
}
