package dev.canopy.ui.merge;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge wizard on the real window: destination, preview with a collision and a choice, merge, undo. */
class MergeWizardTest extends AppTestSupport {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private final UUID msp = UUID.randomUUID();
    private final UUID source = UUID.randomUUID();
    private final UUID destination = UUID.randomUUID();
    private final UUID pc = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
    }

    private void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(source, msp, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(destination, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(UUID.randomUUID(), source, "Old Branch", TenantKind.SUB));
            writer.person(new Person(UUID.randomUUID(), source, "Alex Old", "alex@acme.example", null, true, META));
            writer.person(new Person(UUID.randomUUID(), destination, "Alex New", "alex@acme.example", null, true, META));
            writer.computer(new Computer(pc, "ACM-LT-1", source, "S", "D", "Windows 11 Pro", "24H2", Instant.now(), null, List.of(), List.of(), META));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    @Test
    void mergesWithTheChosenCollisionOutcomeInOneUndoableStep() throws Exception {
        robot.clickOn(cell("Acme Old"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        robot.clickOn("#mergeDestinationFilter").write("acme");
        ListView<?> list = robot.lookup("#mergeDestinationList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);  // not Acme Old itself, nor anything inside it
        robot.clickOn("Northwind › Acme");
        waitFor(() -> !robot.lookup("#mergeButton").queryButton().isDisabled());
        assertThat(robot.lookup("#mergeSummary").queryAs(Label.class).getText())
                .startsWith("Moves 1 computer, 1 person, 0 schedules, 0 deployments and 1 child tenant from Acme Old to Acme");
        assertThat(robot.lookup("Alex Old and Alex New share alex@acme.example").tryQuery()).isPresent();
        ChoiceBox<Collision.Choice> choice = robot.lookup("#choice-0").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(Collision.Choice.KEEP_SOURCE));
        robot.clickOn("#mergeButton");
        settle();

        assertThat(tenantNamed("Acme Old")).isEmpty();
        assertThat(tenantNamed("Old Branch").orElseThrow().parentId()).isEqualTo(destination);
        assertThat(model().current().records(PersonKind.INSTANCE, List.of(destination))).extracting(Person::displayName).containsExactly("Alex Old");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo merge of Acme Old into Acme");

        robot.clickOn("#undoButton");
        settle();
        assertThat(tenantNamed("Acme Old")).isPresent();
        assertThat(tenantNamed("Old Branch").orElseThrow().parentId()).isEqualTo(source);
        assertThat(model().current().computersByIds(List.of(pc), false).get(0).tenantId()).isEqualTo(source);
        assertThat(model().current().records(PersonKind.INSTANCE, List.of(destination))).extracting(Person::displayName).containsExactly("Alex New");
    }
}
