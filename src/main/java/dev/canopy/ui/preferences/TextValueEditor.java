package dev.canopy.ui.preferences;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** Free text (a message shown to users) or a name pattern, typed as is. */
final class TextValueEditor implements ValueEditor {

    private final TextInputControl input;
    private final String hint;

    private TextValueEditor(TextInputControl input, String hint) {
        this.input = input;
        this.hint = hint;
        input.setId("settingValueField");
    }

    static TextValueEditor multiLine(String canonical, int maxLength, String example) {
        TextArea area = new TextArea(canonical);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(example);
        area.setMaxWidth(560);
        return new TextValueEditor(area, "At most " + maxLength + " characters.");
    }

    static TextValueEditor pattern(String canonical, String example) {
        TextField field = new TextField(canonical);
        field.setPromptText(example);
        field.getStyleClass().add("pattern-field");
        field.setMaxWidth(560);
        return new TextValueEditor(field, "A regular expression, e.g. " + example + " (empty: no rule).");
    }

    @Override
    public Node node() {
        return input;
    }

    @Override
    public String raw() {
        return input.getText();
    }

    @Override
    public void onEdit(Runnable edited) {
        input.textProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(input, invalid);
    }

    @Override
    public String hint() {
        return hint;
    }
}
