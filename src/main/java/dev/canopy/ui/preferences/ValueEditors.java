package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.SettingType;

/** Picks the editor that fits a setting's type, starting from the value in effect. */
final class ValueEditors {

    private ValueEditors() {
    }

    static ValueEditor forRow(PreferenceRow row, PreferencesViewModel model) {
        SettingDefinition definition = row.definition();
        SettingType type = definition.type();
        String value = row.effective().value();
        return switch (type.kind()) {
            case BOOLEAN -> new SwitchEditor(value);
            case INTEGER -> new NumberEditor((SettingType.IntegerType) type, value);
            case CHOICE -> new ChoiceEditor((SettingType.ChoiceType) type, value);
            case TIME_RANGE -> new TimeRangeEditor(value);
            case EMAIL_LIST -> new EmailListEditor(definition, value, model::report);
            case COMPUTER_LIST -> new ComputerListEditor(value, model);
            case TEXT -> TextValueEditor.multiLine(value, ((SettingType.TextType) type).maxLength(), definition.example());
            case REGEX -> TextValueEditor.pattern(value, definition.example());
        };
    }
}
