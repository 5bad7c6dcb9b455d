package dev.canopy.ui.settings;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The real app: a table's columns, moved and resized, come back so after a restart (the Users tab, built lazily). */
class ColumnLayoutAppTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private boolean seeded;

    private void seed(LocalStore store) {
        if (!seeded) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new SaveRecord<>(PersonKind.INSTANCE, new Person(UUID.randomUUID(), acme, "Dana Cole", "dana@acme.example", null,
                    true, List.of(), RecordMeta.created(Instant.EPOCH, "seed"))));
            seeded = true;
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Person> openUsers() throws Exception {
        robot.clickOn(cell("Acme"));
        robot.clickOn("#usersTab");
        settle();
        return robot.lookup("#userTable").queryAs(TableView.class);
    }

    private static List<String> titles(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static <S> TableColumn<S, ?> column(TableView<S> table, String title) {
        return table.getColumns().stream().filter(c -> title.equals(c.getText())).findFirst().orElseThrow();
    }

    private Node header(String title) {
        return robot.lookup("#userTable .column-header").match((Node n) -> n.lookup(".label") instanceof javafx.scene.control.Label l
                && title.equals(l.getText())).query();
    }

    @Test
    void aMovedAndResizedColumnIsThereAgainAfterARestart() throws Exception {
        launch(this::seed);
        TableView<Person> table = openUsers();
        assertThat(titles(table)).containsExactly("Name", "E-mail", "Role", "Tenant", "Active");
        double email = column(table, "E-mail").getWidth();

        robot.drag(header("Role")).dropTo(header("Name"));  // the header drag a technician does
        robot.interact(() -> table.resizeColumn(column(table, "E-mail"), 60));  // what dragging a header's edge calls
        assertThat(titles(table)).as("moved by the drag").startsWith("Role", "Name");
        double resized = column(table, "E-mail").getWidth();
        assertThat(resized).isGreaterThan(email + 40);

        FxToolkit.cleanupApplication(app);  // stop(): columns.json is written as the window closes
        FxToolkit.cleanupStages();
        app = null;
        assertThat(new SettingsFiles(folder.resolve("config")).loadColumns().tables()).containsKey("userTable");

        launch(this::seed);
        TableView<Person> again = openUsers();
        assertThat(again).isNotSameAs(table);
        assertThat(titles(again)).containsExactly(titles(table).toArray(String[]::new));
        assertThat(column(again, "E-mail").getWidth()).isCloseTo(resized, within(2.0));
    }
}
