package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.SettingType;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** One of fixed options, listed by the words a technician reads ("If required"). */
final class ChoiceEditor implements ValueEditor {

    private final ComboBox<String> box;

    ChoiceEditor(SettingType.ChoiceType choice, String canonical) {
        box = new ComboBox<>(FXCollections.observableArrayList(choice.options()));
        box.setId("settingValueField");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String option) {
                return option == null ? "" : SettingType.ChoiceType.label(option);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(canonical);
        box.setPrefWidth(220);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public String raw() {
        return box.getValue() == null ? "" : box.getValue();
    }

    @Override
    public void onEdit(Runnable edited) {
        box.valueProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(box, invalid);
    }
}
