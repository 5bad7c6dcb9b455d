package dev.canopy.ui.merge;

import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge wizard in the whole window: opened from the tree by keyboard, a collision choice made in its control, merge, undo. */
@Tag("scenario")
class MergeWizardScenarioTest extends AppTestSupport {

    private final MergeSeed seed = new MergeSeed();

    @BeforeEach
    void start() throws Exception {
        launch(seed::seed);
    }

    private List<String> peopleOfDestination() {
        return model().current().records(PersonKind.INSTANCE, List.of(seed.destination)).stream().map(Person::displayName).toList();
    }

    @Test
    void mergesWithTheChosenCollisionOutcomeInOneUndoableStep() throws Exception {
        robot.clickOn(cell("Acme Old"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        robot.clickOn("#mergeDestinationFilter").write("acme");
        assertThat(robot.lookup("#mergeDestinationList").queryAs(ListView.class).getItems()).hasSize(1);
        robot.clickOn("Northwind › Acme");
        waitFor(() -> !robot.lookup("#mergeButton").queryButton().isDisabled());
        assertThat(robot.lookup("#mergeSummary").queryAs(Label.class).getText()).startsWith("Moves 1 computer, 1 person");
        assertThat(robot.lookup("Alex Old and Alex New share alex@acme.example").tryQuery()).isPresent();
        robot.clickOn("#choice-0").clickOn("Keep the source's (remove the destination's)");
        robot.clickOn("#mergeButton");
        settle();

        assertThat(tenantNamed("Acme Old")).isEmpty();
        assertThat(model().selectedTenantProperty().get()).isEqualTo(seed.destination);
        assertThat(peopleOfDestination()).containsExactly("Alex Old");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo merge of Acme Old into Acme");

        robot.clickOn("#undoButton");
        settle();
        assertThat(tenantNamed("Acme Old")).isPresent();
        assertThat(peopleOfDestination()).containsExactly("Alex New");
    }
}
