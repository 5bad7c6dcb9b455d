package dev.canopy.ui.welcome;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.TenantRules;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.sync.SyncIcon;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * First run: an empty data folder. Either name the MSP (which creates the root tenant) or load
 * a small sample MSP to look around. Says where the data lives, so an empty tree never goes unexplained.
 */
public final class WelcomeView extends VBox {

    public WelcomeView(FirstRun model) {
        this(model, null);
    }

    /** connect: opens the Connect dialog; null when this app has no sync (the offer is then left out). */
    public WelcomeView(FirstRun model, Runnable connect) {
        setId("welcomeView");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        setMaxWidth(520);

        Label title = new Label("Welcome to Canopy");
        title.getStyleClass().add("title-1");
        Label intro = new Label(connect == null
                ? "This data folder is empty. Name your MSP to start your tenant tree, or load a sample MSP to look around first."
                : "This data folder is empty. Connect to your team's server to download your tenants, name your MSP to start "
                + "a tenant tree, or load a sample MSP to look around first.");
        intro.setWrapText(true);
        Label folder = new Label("Data folder: " + model.folder());
        folder.getStyleClass().add("field-hint");
        folder.setWrapText(true);

        TextField mspName = new TextField();
        mspName.setId("mspNameField");
        mspName.setPromptText("Your MSP's name, e.g. Northwind IT Services");
        HBox.setHgrow(mspName, Priority.ALWAYS);
        Button create = new Button("Create MSP", AppIcon.ADD.view());
        create.setId("createMspButton");
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        Label error = new Label();
        error.setId("mspNameError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        create.setOnAction(e -> {
            try {
                TenantRules.checkName(mspName.getText());
                error.setText("");
                create.setDisable(true);
                model.createMsp(mspName.getText(), failure -> {
                    create.setDisable(false);
                    error.setText(ErrorDialogs.messageFor(failure));
                });
            } catch (RuleViolation refused) {
                error.setText(refused.getMessage());
            }
        });

        Button sample = new Button("Load sample data", AppIcon.SAMPLE.view());
        sample.setId("loadSampleButton");
        ProgressBar progress = new ProgressBar();
        progress.setId("sampleProgress");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        Label progressLine = new Label();
        progressLine.getStyleClass().add("field-hint");
        progressLine.managedProperty().bind(progressLine.textProperty().isNotEmpty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSampleButton");
        cancel.setVisible(false);
        sample.setOnAction(e -> {
            sample.setDisable(true);
            create.setDisable(true);
            progress.setVisible(true);
            cancel.setVisible(true);
            Runnable reset = () -> {
                sample.setDisable(false);
                create.setDisable(false);
                progress.setVisible(false);
                cancel.setVisible(false);
                progress.progressProperty().unbind();
                progressLine.textProperty().unbind();
                progressLine.setText("");
            };
            RunningTask task = model.loadSample(reset, failure -> {
                reset.run();
                error.setText(ErrorDialogs.messageFor(failure));
            });
            progress.progressProperty().bind(task.fractionProperty());
            progressLine.textProperty().bind(task.lineProperty());
            cancel.setOnAction(c -> task.cancel());
        });
        Label sampleHint = new Label("200 tenants, 2,000 computers and their people; for larger sets use `canopy sample`.");
        sampleHint.getStyleClass().add("field-hint");
        sampleHint.setWrapText(true);

        getChildren().addAll(AppIcon.MSP.view(), title, intro);
        if (connect != null) {
            Button server = new Button("Connect to your team's server…", SyncIcon.DOWNLOAD.view());
            server.setId("connectServerButton");
            server.setOnAction(e -> connect.run());
            Label serverHint = new Label("Downloads everything in your scope; your admin gives you the server's address and your token.");
            serverHint.getStyleClass().add("field-hint");
            serverHint.setWrapText(true);
            getChildren().addAll(server, serverHint, new Separator());
        }
        getChildren().addAll(new HBox(8, mspName, create), error, new Separator(),
                sampleRow(sample, progress, cancel), progressLine, sampleHint, folder);
        getChildren().get(0).getStyleClass().add("welcome-icon");
    }

    private static HBox sampleRow(Button sample, ProgressBar progress, Button cancel) {
        HBox row = new HBox(8, sample, progress, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
