package dev.canopy.ui.backup;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.BackupInfo;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.ViewModelFixture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The restore dialog on a real store: it lists the backup, a declined confirmation changes nothing, a confirmed one restores. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest extends ViewModelFixture {

    private final UUID msp = UUID.randomUUID();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private Stage stage;

    @Start
    void start(Stage given) {
        open(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Acme"));
            StoreBackups.backUp(store, BackupInfo.Kind.MANUAL);
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"));
        });
        stage = given;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void openDialog(FxRobot robot) throws Exception {
        RestoreViewModel model = new RestoreViewModel(folder, main.tasks(), main, main, java.time.ZoneOffset.UTC);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> {
            try {
                new RestoreDialog(stage, model, Optional::empty, text -> {
                    asked.add(text);
                    return answer;
                }).show();
            } catch (RuntimeException | Error e) {
                failed[0] = e;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (failed[0] != null) {
            throw new AssertionError("the dialog did not open", failed[0]);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsTheBackupAndRestoresOnlyWhenConfirmed(FxRobot robot) throws Exception {
        openDialog(robot);
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#backupTable .table-row-cell .table-cell").queryAll()).extracting(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .contains("manual", "2", "0");

        answer = false;
        robot.clickOn(robot.lookup("#restoreButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).singleElement().asString().contains("(2 tenants and 0 computers)");
        assertThat(robot.lookup("#restoreDialog").tryQuery()).as("declined: the dialog stays").isPresent();
        assertThat(main.hierarchy().size()).isEqualTo(3);

        answer = true;
        robot.clickOn(robot.lookup("#restoreButton").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.hierarchy().size() == 2);
        assertThat(robot.lookup("#restoreDialog").tryQuery()).isEmpty();
        assertThat(main.hierarchy().depthFirst()).extracting(n -> n.name()).doesNotContain("Globex");
    }
}
