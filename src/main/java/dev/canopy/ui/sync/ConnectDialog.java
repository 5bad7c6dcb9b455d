package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncAgent.FirstContact;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Connect to the team's sync server: URL and token, Check (nothing saved), the person and role the token belongs to
 * and what the first contact will do; then the one button that case allows (Download, Publish, Replace local copy
 * or Connect), with progress and cancel. Problems are shown in the dialog as sentences.
 */
public final class ConnectDialog extends Dialog<ButtonType> {

    private final ConnectViewModel model;

    public ConnectDialog(Window owner, ConnectViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Connect to server");
        setHeaderText("Connect to your team's sync server");
        getDialogPane().setId("connectDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Button close = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        close.setId("closeConnectButton");
        close.textProperty().bind(Bindings.when(model.doneProperty()).then("Close").otherwise("Cancel"));

        TextField url = new TextField();
        url.setId("serverUrlField");
        url.setPromptText("https://sync.example.com");
        url.textProperty().bindBidirectional(model.urlProperty());
        PasswordField token = new PasswordField();
        token.setId("tokenField");
        token.setPromptText("The token your admin gave you");
        token.textProperty().bindBidirectional(model.tokenProperty());
        url.disableProperty().bind(model.busyProperty().or(model.doneProperty()));
        token.disableProperty().bind(url.disableProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        form.addRow(0, dev.canopy.ui.common.FieldLabel.of("Server _URL", url), url);
        form.add(error("serverUrlError", model.urlErrorProperty()), 1, 1);
        form.addRow(2, dev.canopy.ui.common.FieldLabel.of("_Token", token), token);
        form.add(error("tokenError", model.tokenErrorProperty()), 1, 3);
        GridPane.setHgrow(url, Priority.ALWAYS);

        Button check = new Button("_Check");
        check.setId("checkButton");
        check.setOnAction(e -> model.check());
        check.disableProperty().bind(url.disableProperty());
        check.setDefaultButton(true);

        Label person = new Label();
        person.setId("checkPerson");
        person.getStyleClass().add("text-bold");
        person.textProperty().bind(model.personProperty());
        person.managedProperty().bind(person.textProperty().isNotEmpty());
        Label explanation = wrapping("checkExplanation");
        explanation.textProperty().bind(model.explanationProperty());

        Button go = new Button();
        go.setId("goButton");
        go.getStyleClass().add("accent");
        go.textProperty().bind(Bindings.createStringBinding(
                () -> model.choiceProperty().get() == null ? "" : ConnectViewModel.label(model.choiceProperty().get()), model.choiceProperty()));
        go.visibleProperty().bind(model.choiceProperty().isNotNull());
        go.managedProperty().bind(go.visibleProperty());
        go.disableProperty().bind(model.busyProperty());
        go.setOnAction(e -> goAhead());

        ProgressBar progress = new ProgressBar();
        progress.setId("connectProgress");
        progress.setPrefWidth(220);
        Label line = new Label();
        line.getStyleClass().add("field-hint");
        Button cancelTask = new Button("Ca_ncel");
        cancelTask.setId("cancelConnectButton");
        cancelTask.setOnAction(e -> model.cancel());
        HBox working = new HBox(8, progress, line, cancelTask);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.taskProperty().isNotNull());
        working.managedProperty().bind(working.visibleProperty());
        model.taskProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            line.textProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(Bindings.createDoubleBinding(
                        () -> task.fractionProperty().get() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : task.fractionProperty().get(),
                        task.fractionProperty()));
                line.textProperty().bind(task.lineProperty());
            }
        });

        Label message = wrapping("connectMessage");
        message.textProperty().bind(model.messageProperty());

        HBox actions = new HBox(8, check, go);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, form, actions, person, explanation, working, message);
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        setOnHidden(e -> model.cancel());  // closing the dialog stops a check or connect under way
        // a dialog keeps the size it opened with: grow it as the check's answer and progress appear, or they are clipped
        javafx.beans.InvalidationListener grow = obs -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        for (javafx.beans.Observable shown : new javafx.beans.Observable[]{person.textProperty(), explanation.textProperty(),
                message.textProperty(), working.visibleProperty(), go.visibleProperty()}) {
            shown.addListener(grow);  // the labels live as long as the dialog: nothing to remove
        }
        model.load();
    }

    private void goAhead() {
        FirstContact choice = model.choiceProperty().get();
        if (choice == null) {
            return;
        }
        String confirm = model.confirmation(choice);
        if (confirm == null || SyncConfirm.ask(getDialogPane().getScene().getWindow(), "confirm" + ConnectViewModel.label(choice).replace(" ", "") + "Dialog",
                ConnectViewModel.label(choice) + "?", confirm, ConnectViewModel.label(choice))) {
            model.go();
        }
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static Label error(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = wrapping(id);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        return label;
    }
}
