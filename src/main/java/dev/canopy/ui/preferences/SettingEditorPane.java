package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.ui.common.AppIcon;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The editor under the table for the selected setting: what is in effect and why, the input that
 * fits its type with the message at the field, and Override / Enforce / Inherit. Under an
 * enforcing ancestor the input and the first two are disabled and the reason is shown instead.
 * One instance lives as long as the tab; {@link #show} rebuilds its content per setting. The
 * buttons stay pinned under the scrolling content, so a tall list never pushes them out of sight.
 */
final class SettingEditorPane extends BorderPane {

    private final PreferencesViewModel model;
    private final Label error = new Label();
    private final VBox body = new VBox(8);
    private ValueEditor editor;

    SettingEditorPane(PreferencesViewModel model) {
        this.model = model;
        setId("preferenceEditor");
        getStyleClass().add("preference-editor");
        body.setPadding(new Insets(12, 16, 10, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        error.setId("preferenceError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty().addListener((obs, old, message) -> {
            if (editor != null) {
                editor.markInvalid(!message.isEmpty());
            }
        });
        show(null);
    }

    void show(PreferenceRow row) {
        editor = null;
        if (row == null) {
            Label hint = new Label("Select a setting to see where its value comes from, override it here, "
                    + "enforce it for every tenant below, or let it inherit again.");
            hint.setId("preferenceEditorHint");
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            body.getChildren().setAll(hint);
            setBottom(null);
            return;
        }
        Label title = new Label(row.definition().label());
        title.setId("preferenceTitle");
        title.getStyleClass().add("title-4");
        Label key = new Label(row.key());
        key.getStyleClass().add("setting-key");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, key);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label description = new Label(row.definition().description());
        description.getStyleClass().add("field-hint");
        description.setWrapText(true);

        Label source = new Label(row.inEffect());
        source.setId("preferenceSource");
        source.setWrapText(true);
        if (row.effective().enforced()) {
            source.setGraphic(AppIcon.LOCKED.view());
        }
        body.getChildren().setAll(header, description, source);

        if (row.locked()) {
            Label locked = new Label(row.lockedWhy(), AppIcon.LOCKED.view());
            locked.setId("preferenceLocked");
            locked.getStyleClass().add("locked-banner");
            locked.setWrapText(true);
            locked.setMaxWidth(Double.MAX_VALUE);
            body.getChildren().add(locked);
        }

        editor = ValueEditors.forRow(row, model);
        editor.node().setDisable(row.locked());
        editor.onEdit(() -> model.recheck(editor.raw()));
        VBox field = new VBox(4, editor.node(), error);
        if (!editor.hint().isEmpty()) {
            Label hint = new Label(editor.hint());
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            field.getChildren().add(hint);
        }
        Label caption = new Label("Value");
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(editor.node());
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setPadding(new Insets(6, 0, 0, 0));
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox valueLine = new HBox(16, caption, field);
        valueLine.setPadding(new Insets(4, 0, 0, 0));
        body.getChildren().add(valueLine);
        setBottom(actions(row));
    }

    private HBox actions(PreferenceRow row) {
        String tenant = model.preferencesProperty().get().tenantName();
        Button override = new Button("Override", AppIcon.RENAME.view());
        override.setId("overrideButton");
        override.getStyleClass().add("accent");
        override.setTooltip(new Tooltip("Use this value on " + tenant + "; the tenants below inherit it unless they set their own."));
        override.setOnAction(e -> model.apply(PreferenceMode.OVERRIDE, editor.raw()));
        Button enforce = new Button("Enforce", AppIcon.LOCKED.view());
        enforce.setId("enforceButton");
        enforce.setTooltip(new Tooltip("Use this value on " + tenant + " and every tenant below it; they cannot override it."));
        enforce.setOnAction(e -> model.apply(PreferenceMode.ENFORCED, editor.raw()));
        Button inherit = new Button("Inherit", AppIcon.REVERT.view());
        inherit.setId("inheritButton");
        inherit.setTooltip(new Tooltip("Remove " + tenant + "'s own value: it then comes from above."));
        inherit.setOnAction(e -> model.apply(PreferenceMode.INHERIT, ""));

        override.disableProperty().bind(model.savingProperty().or(new SimpleBooleanProperty(row.locked())));
        enforce.disableProperty().bind(override.disableProperty());
        // an own value under an enforcing ancestor does nothing, but the technician may still remove it
        inherit.disableProperty().bind(model.savingProperty().or(new SimpleBooleanProperty(!row.canInherit())));

        Label explain = new Label(row.actionHint());
        explain.getStyleClass().add("field-hint");
        explain.setWrapText(true);
        HBox.setHgrow(explain, Priority.ALWAYS);
        for (Button button : new Button[] {override, enforce, inherit}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(8, override, enforce, inherit, explain);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("preference-actions");
        line.setPadding(new Insets(8, 16, 8, 16));
        return line;
    }
}
