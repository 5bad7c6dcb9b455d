package dev.canopy.ui.settings;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.main.MainViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/**
 * The Preferences tab: the typed catalogue grouped by area, each setting's effective value and
 * where it comes from; the editor below overrides, enforces or returns a setting to inherit.
 */
public final class PreferencesTab extends Tab {

    private final PreferencesViewModel model;
    private final TreeTableView<Object> table = new TreeTableView<>();
    private final VBox editor = new VBox(8);
    private String selectedKey;

    public PreferencesTab(MainViewModel main) {
        super("Preferences");
        setId("preferencesTab");
        setGraphic(AppIcon.PREFERENCES.view());
        model = new PreferencesViewModel(main);

        table.setId("preferenceTable");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Setting", o -> o instanceof PreferenceRow r ? r.definition().label() : o.toString(), 250),
                column("Effective value", o -> o instanceof PreferenceRow r ? r.shownValue() : "", 200),
                column("Comes from", o -> o instanceof PreferenceRow r ? r.source() : "", 200)));
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("area-row");
                if (!empty && item instanceof String) {
                    getStyleClass().add("area-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                showEditor(item != null && item.getValue() instanceof PreferenceRow r ? r : null));
        model.rowsProperty().addListener((obs, old, rows) -> fill(rows));

        editor.setId("preferenceEditor");
        editor.setPadding(new Insets(10, 0, 0, 0));
        showEditor(null);
        SplitPane split = new SplitPane(table, editor);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox content = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        setContent(content);
        model.load();
    }

    public void dispose() {
        model.dispose();
    }

    private void fill(Map<String, List<PreferenceRow>> rows) {
        TreeItem<Object> root = new TreeItem<>("");
        TreeItem<Object> reselect = null;
        for (var area : rows.entrySet()) {
            TreeItem<Object> group = new TreeItem<>(area.getKey());
            group.setExpanded(true);
            for (PreferenceRow row : area.getValue()) {
                TreeItem<Object> item = new TreeItem<>(row);
                group.getChildren().add(item);
                if (row.definition().key().equals(selectedKey)) {
                    reselect = item;
                }
            }
            root.getChildren().add(group);
        }
        table.setRoot(root);
        if (reselect != null) {
            table.getSelectionModel().select(reselect);
        } else {
            showEditor(null);
        }
    }

    private void showEditor(PreferenceRow row) {
        editor.getChildren().clear();
        if (row == null) {
            selectedKey = null;
            Label hint = new Label("Select a setting to override it, enforce it for every tenant below, or let it inherit.");
            hint.getStyleClass().add("field-hint");
            editor.getChildren().add(hint);
            return;
        }
        selectedKey = row.definition().key();
        Label title = new Label(row.definition().label());
        title.getStyleClass().add("title-4");
        Label description = new Label(row.definition().description());
        description.setWrapText(true);
        description.getStyleClass().add("field-hint");
        Label source = new Label("Effective: " + row.shownValue() + " — " + row.source());
        source.setId("preferenceSource");
        SettingEditor input = SettingEditor.of(row.definition(), row.effective().value());
        if (input.choosesComputers()) {
            model.computersOfTenant(input::offerComputers);
        }
        Label error = new Label();
        error.setId("preferenceError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button override = new Button("Override here");
        override.setId("overrideButton");
        override.getStyleClass().add("accent");
        Button enforce = new Button("Enforce for all below", AppIcon.LOCKED.view());
        enforce.setId("enforceButton");
        Button inherit = new Button("Inherit");
        inherit.setId("inheritButton");
        inherit.setDisable(row.ownMode() == PreferenceMode.INHERIT);
        override.setOnAction(e -> save(row, PreferenceMode.OVERRIDE, input, error));
        enforce.setOnAction(e -> save(row, PreferenceMode.ENFORCED, input, error));
        inherit.setOnAction(e -> save(row, PreferenceMode.INHERIT, input, error));
        HBox buttons = new HBox(8, override, enforce, inherit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        editor.getChildren().addAll(title, description, source, input.control(), error, buttons);
        if (row.lockedWhy() != null) {
            Label locked = new Label(row.lockedWhy(), AppIcon.LOCKED.view());
            locked.setId("preferenceLocked");
            locked.setWrapText(true);
            editor.getChildren().add(locked);
            input.control().setDisable(true);
            buttons.setDisable(true);
        }
    }

    private void save(PreferenceRow row, PreferenceMode mode, SettingEditor input, Label error) {
        String raw = input.rawValue();
        if (mode != PreferenceMode.INHERIT) {
            try {
                row.definition().parse(raw);
            } catch (RuleViolation invalid) {
                error.setText(invalid.getMessage());
                return;
            }
        }
        error.setText("");
        model.set(row.definition(), mode, raw, failure -> error.setText(ErrorDialogs.messageFor(failure)));
    }

    private static TreeTableColumn<Object, String> column(String title, java.util.function.Function<Object, String> text, double width) {
        TreeTableColumn<Object, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? "" : text.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
