package dev.canopy.ui.preferences;

import atlantafx.base.theme.Styles;
import dev.canopy.domain.preference.SettingType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import dev.canopy.ui.common.AppIcon;

/**
 * A whole number within the setting's range: a field with step buttons (and the arrow keys).
 * Not a Spinner: a Spinner rewrites what was typed when it loses focus (to the last good value or
 * the nearest bound), so "abc" or 5000 would be saved as something else instead of being refused
 * with a message at the field.
 */
final class NumberEditor implements ValueEditor {

    private final SettingType.IntegerType range;
    private final TextField field = new TextField();
    private final HBox box;

    NumberEditor(SettingType.IntegerType range, String canonical) {
        this.range = range;
        field.setId("settingValueField");
        field.setText(canonical);
        field.setPrefColumnCount(6);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.UP || key.getCode() == KeyCode.DOWN) {
                step(key.getCode() == KeyCode.UP ? 1 : -1);
                key.consume();
            }
        });
        Button down = stepButton("numberDownButton", AppIcon.MINUS, -1, "One less");
        Button up = stepButton("numberUpButton", AppIcon.ADD, 1, "One more");
        HBox stepper = new HBox(down, field, up);
        stepper.getStyleClass().add("number-stepper");
        stepper.setAlignment(Pos.CENTER_LEFT);
        Label unit = new Label(range.unit());
        unit.getStyleClass().add("field-hint");
        box = new HBox(8, stepper, unit);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    private Button stepButton(String id, AppIcon icon, int delta, String tip) {
        Button button = new Button(null, icon.view());
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON);
        button.setFocusTraversable(false);
        button.setAccessibleText(tip);
        button.setOnAction(e -> step(delta));
        return button;
    }

    /** Steps from what is typed, clamped into the range; unreadable text starts over from the minimum. */
    private void step(int delta) {
        long current;
        try {
            current = Long.parseLong(field.getText().strip());
        } catch (NumberFormatException e) {
            current = range.min() - (long) delta;
        }
        long next = Math.max(range.min(), Math.min(range.max(), current + delta));
        field.setText(Long.toString(next));
        field.end();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public String raw() {
        return field.getText();
    }

    @Override
    public void onEdit(Runnable edited) {
        field.textProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(field, invalid);
    }

    @Override
    public String hint() {
        String unit = range.unit().isEmpty() ? "" : " " + range.unit();
        return "A whole number from " + range.min() + " to " + range.max() + unit + ".";
    }
}
