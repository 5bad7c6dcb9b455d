package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.TimeRange;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A span of the day: a start and an end time, 24-hour clock. */
final class TimeRangeEditor implements ValueEditor {

    private final TextField start = time("rangeStartField", "08:00");
    private final TextField end = time("rangeEndField", "18:00");
    private final HBox box;

    TimeRangeEditor(String canonical) {
        TimeRange range = TimeRange.parse(canonical);
        start.setText(range.canonical().substring(0, 5));
        end.setText(range.canonical().substring(6));
        Label to = new Label("to");
        box = new HBox(8, start, to, end);
        box.setId("settingValueField");
        box.setAlignment(Pos.CENTER_LEFT);
    }

    private static TextField time(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(5);
        field.setAlignment(Pos.CENTER);
        return field;
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public String raw() {
        return start.getText().strip() + "-" + end.getText().strip();
    }

    @Override
    public void onEdit(Runnable edited) {
        start.textProperty().addListener((obs, old, now) -> edited.run());
        end.textProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(start, invalid);
        ValueEditor.danger(end, invalid);
    }

    @Override
    public String hint() {
        return "24-hour clock, in the tenant's time zone; the start must be before the end.";
    }
}
