package dev.canopy.ui.preferences;

import atlantafx.base.controls.ToggleSwitch;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;

/** A yes/no setting: a switch that says what it is set to. */
final class SwitchEditor implements ValueEditor {

    private final ToggleSwitch toggle = new ToggleSwitch();

    SwitchEditor(String canonical) {
        toggle.setId("settingValueField");
        toggle.setSelected("true".equals(canonical));
        toggle.textProperty().bind(Bindings.when(toggle.selectedProperty()).then("Yes").otherwise("No"));
    }

    @Override
    public Node node() {
        return toggle;
    }

    @Override
    public String raw() {
        return Boolean.toString(toggle.isSelected());
    }

    @Override
    public void onEdit(Runnable edited) {
        toggle.selectedProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(toggle, invalid);
    }
}
