package dev.canopy.ui.preferences;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** The Preferences tab's content: a heading, the settings table and, below it, the selected setting's editor. */
final class PreferencesView extends VBox {

    private final PreferencesViewModel model;
    private final PreferenceTable table;
    private final SettingEditorPane editor;

    PreferencesView(PreferencesViewModel model) {
        this.model = model;
        getStyleClass().add("preferences-view");
        getStylesheets().add(Objects.requireNonNull(PreferencesView.class.getResource("/dev/canopy/ui/preferences.css")).toExternalForm());
        setSpacing(8);
        setPadding(new Insets(12, 12, 12, 12));

        Label title = new Label();
        title.setId("preferencesTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            String name = model.preferencesProperty().get().tenantName();
            return name == null || name.isEmpty() ? "Preferences" : "Preferences of " + name;
        }, model.preferencesProperty()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        Label legend = new Label("Bold values are set on this tenant; a lock means an enforced value.");
        legend.getStyleClass().add("field-hint");
        HBox heading = new HBox(10, title, loading);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(2, heading, legend);

        table = new PreferenceTable(key -> model.selectedKeyProperty().set(key));
        editor = new SettingEditorPane(model);
        SplitPane split = new SplitPane(table, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, split);

        model.preferencesProperty().addListener((obs, old, now) -> table.fill(now, model.selectedKeyProperty().get()));
        // rebuilt only when the row itself changed: a reload that changes nothing keeps what is being typed
        model.selectedRowProperty().addListener((obs, old, row) -> {
            if (!Objects.equals(old, row)) {
                editor.show(row);
            }
        });
        table.fill(model.preferencesProperty().get(), model.selectedKeyProperty().get());
    }

    PreferenceTable table() {
        return table;
    }
}
