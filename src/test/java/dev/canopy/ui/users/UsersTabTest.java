package dev.canopy.ui.users;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * The Users tab in the real window: the dialog, the mouse and keyboard paths, undo. Who is listed
 * and what the person form checks are tested without a window (UsersViewModelTest).
 */
@Tag("scenario")
class UsersTabTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
        robot.clickOn(cell("Acme"));
        robot.clickOn("#usersTab");
        settle();
    }

    private void seed(LocalStore store) {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
        RecordMeta meta = RecordMeta.created(Instant.EPOCH, "seed");
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), acme, "Dana Cole", "dana@acme.example", Role.TENANT_ADMIN, true, List.of(), meta)));
        store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), berlin, "Uma Rossi", "uma@acme.example", null, true, List.of(), meta)));
    }

    @SuppressWarnings("unchecked")
    private TableView<Person> table() {
        return robot.lookup("#userTable").queryAs(TableView.class);
    }

    private List<String> shownNames() {
        return table().getItems().stream().map(Person::displayName).toList();
    }

    @Test
    void addingAPersonShowsTheRulesMessagesInTheDialogUndoRemovesThemAndTheFilterNarrows() throws Exception {
        assertThat(shownNames()).containsExactly("Dana Cole");
        robot.clickOn("#includeSubTenants");
        settle();
        assertThat(shownNames()).as("sorted by name").containsExactly("Dana Cole", "Uma Rossi");

        robot.clickOn("#addPersonButton");
        Button ok = robot.lookup("#personOkButton").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#personNameField").write("Alex Kim");
        robot.clickOn("#personEmailField").write("alex@acme");
        assertThat(robot.lookup("#personEmailError").queryAs(Label.class).getText()).isEqualTo("\"alex@acme\" is not a valid e-mail address.");
        assertThat(ok.isDisabled()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("alex@acme.example");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = robot.lookup("#personRoleField").queryAs(ComboBox.class);
        assertThat(role.getItems()).doesNotContain(Role.MSP_ADMIN);
        robot.interact(() -> role.setValue(Role.TENANT_USER));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        settle();

        assertThat(robot.lookup("#personDialog").tryQuery()).as("closed once saved").isEmpty();
        assertThat(shownNames()).containsExactly("Alex Kim", "Dana Cole", "Uma Rossi");
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo creation of Alex Kim");
        robot.clickOn("#undoButton");
        settle();
        assertThat(shownNames()).containsExactly("Dana Cole", "Uma Rossi");
        robot.clickOn("#userFilter").write("uma");
        assertThat(shownNames()).containsExactly("Uma Rossi");
    }

    @Test
    void aDoubleClickEditsARoleAndDeleteRemovesAfterAsking() throws Exception {
        robot.doubleClickOn("Dana Cole");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = robot.lookup("#personRoleField").queryAs(ComboBox.class);
        robot.interact(() -> role.setValue(Role.TECHNICIAN));
        robot.clickOn("#personOkButton");
        settle();
        assertThat(model().current().records(PersonKind.INSTANCE, List.of(acme))).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Role.TECHNICIAN));
        assertThat(robot.lookup("Technician").tryQuery()).isPresent();

        robot.clickOn("Dana Cole").type(KeyCode.DELETE);
        assertThat(robot.lookup("#removePersonDialog .content").queryAs(Label.class).getText())
                .isEqualTo("Remove Dana Cole (dana@acme.example) from Acme? You can undo this with Ctrl+Z.");
        robot.clickOn(robot.lookup("#removePersonDialog .button").match(hasText("OK")).queryButton());
        settle();
        assertThat(shownNames()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(shownNames()).containsExactly("Dana Cole");
    }
}
