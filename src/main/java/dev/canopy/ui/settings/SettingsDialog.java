package dev.canopy.ui.settings;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.time.ZoneId;
import java.util.function.Function;

/** Edit → Settings…: labelled fields top to bottom in focus order; OK and Apply check them first, Cancel keeps what is applied. */
public final class SettingsDialog extends Dialog<ButtonType> {

    public static final ButtonType APPLY = new ButtonType("_Apply", ButtonBar.ButtonData.APPLY);
    public static final ButtonType OK = new ButtonType("_OK", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("_Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    public SettingsDialog(Window owner, SettingsViewModel model) {
        this(owner, model, null);
    }

    /** With the "Database encryption" section when the app has an open database to encrypt (null: without). */
    public SettingsDialog(Window owner, SettingsViewModel model, EncryptionViewModel encryption) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Settings for " + System.getProperty("user.name", "you") + " on this computer");
        getDialogPane().setId("settingsDialog");

        ComboBox<Settings.Theme> theme = choices("themeChoice", Settings.Theme.values(), Settings.Theme::label);
        theme.valueProperty().bindBidirectional(model.themeProperty());
        Spinner<Integer> font = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(Settings.MIN_FONT, Settings.MAX_FONT));
        font.setId("fontSizeSpinner");
        font.getValueFactory().valueProperty().bindBidirectional(model.fontSizeProperty());
        ComboBox<Settings.Density> density = choices("densityChoice", Settings.Density.values(), Settings.Density::label);
        density.valueProperty().bindBidirectional(model.densityProperty());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("zoneField");
        zone.setEditable(true);
        zone.setPromptText("This computer's zone (" + ZoneId.systemDefault().getId() + ")");
        zone.getItems().add("");
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted().forEach(zone.getItems()::add);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Integer> sync = choices("autoSyncChoice", SettingsViewModel.SYNC_CHOICES.toArray(Integer[]::new), SettingsViewModel::syncLabel);
        sync.valueProperty().bindBidirectional(model.autoSyncMinutesProperty());
        TextField folder = new TextField();
        folder.setId("dataFolderField");
        folder.textProperty().bindBidirectional(model.dataFolderProperty());
        folder.setPromptText("The usual data folder");
        Button browse = new Button("_Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Data folder");
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.dataFolderProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label folderHint = new Label(model.dataFolderHint());
        folderHint.getStyleClass().add("text-muted");
        folderHint.setWrapText(true);
        CheckBox confirm = new CheckBox("Ask before _deleting or removing");
        confirm.setId("confirmDeletesCheck");
        confirm.setMnemonicParsing(true);
        confirm.selectedProperty().bindBidirectional(model.confirmDeletesProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "_Theme", theme);
        row(grid, 1, "_Font size (px)", font);
        row(grid, 2, "_Rows", density);
        row(grid, 3, "Times shown in _zone", zone);
        row(grid, 4, "Auto-_sync", sync);
        row(grid, 5, "Data _folder", new HBox(6, folder, browse), folder);
        grid.add(folderHint, 1, 6);
        grid.add(confirm, 1, 7);
        GridPane.setHgrow(zone, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label notice = new Label();
        notice.setId("settingsNotice");
        notice.getStyleClass().add("text-muted");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        EncryptionSection.shownWhenSaid(problem);
        EncryptionSection.shownWhenSaid(notice);
        VBox content = new VBox(12, grid, problem, notice);
        if (encryption != null) {
            content.getChildren().addAll(new javafx.scene.control.Separator(), new EncryptionSection(encryption));
        }
        content.setPadding(new Insets(8, 4, 0, 4));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(OK, CANCEL, APPLY);
        // OK and Apply stay in the dialog when a field does not hold; Apply always stays
        getDialogPane().lookupButton(APPLY).addEventFilter(ActionEvent.ACTION, e -> {
            model.apply();
            e.consume();
        });
        getDialogPane().lookupButton(OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.apply()) {
                e.consume();
            }
        });
        setOnShown(e -> theme.requestFocus());
    }

    public static void open(Window owner, SettingsViewModel model, EncryptionViewModel encryption) {
        new SettingsDialog(owner, model, encryption).show();
    }

    private static void row(GridPane grid, int index, String text, Node field) {
        row(grid, index, text, field, field);
    }

    private static void row(GridPane grid, int index, String text, Node cell, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);  // the wrapping hint beside must not squeeze the labels to "…"
        grid.add(label, 0, index);
        grid.add(cell, 1, index);
    }

    private static <T> ComboBox<T> choices(String id, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
