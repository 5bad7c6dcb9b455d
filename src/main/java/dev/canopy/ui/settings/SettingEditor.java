package dev.canopy.ui.settings;

import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.SettingType;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import dev.canopy.domain.computer.Computer;
import org.controlsfx.control.CheckListView;

import java.util.function.Supplier;

/** The input that fits a setting's type: a switch, a number with its range, a choice, text for ranges and lists. */
final class SettingEditor {

    private final Node control;
    private final Supplier<String> raw;

    private SettingEditor(Node control, Supplier<String> raw) {
        this.control = control;
        this.raw = raw;
        control.setId("settingValueField");
    }

    static SettingEditor of(SettingDefinition definition, String canonical) {
        SettingType type = definition.type();
        return switch (type.kind()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox("On");
                box.setSelected(Boolean.parseBoolean(canonical));
                yield new SettingEditor(box, () -> Boolean.toString(box.isSelected()));
            }
            case INTEGER -> {
                SettingType.IntegerType range = (SettingType.IntegerType) type;
                Spinner<Integer> spinner = new Spinner<>(range.min(), range.max(), parse(canonical, range.min()));
                spinner.setEditable(true);
                spinner.setPrefWidth(140);
                yield new SettingEditor(spinner, () -> spinner.getEditor().getText());
            }
            case CHOICE -> {
                SettingType.ChoiceType choice = (SettingType.ChoiceType) type;
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choice.options()));
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
                yield new SettingEditor(box, () -> box.getValue() == null ? "" : box.getValue());
            }
            case COMPUTER_LIST -> computerList(canonical);
            case EMAIL_LIST -> {
                TextArea area = new TextArea(String.join("\n", canonical.isEmpty() ? new String[0] : canonical.split(",")));
                area.setPrefRowCount(3);
                area.setPromptText(type.kind() == SettingType.Kind.EMAIL_LIST ? "One e-mail address per line" : "One computer id per line");
                yield new SettingEditor(area, () -> String.join(",", area.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
            default -> {
                TextField field = new TextField(canonical);
                field.setPromptText(type.kind() == SettingType.Kind.TIME_RANGE ? "08:00-18:00"
                        : definition.example() == null || definition.example().isEmpty() ? "" : "e.g. " + definition.example());
                yield new SettingEditor(field, field::getText);
            }
        };
    }

    /** A computer as the list shows it. */
    private record ComputerChoice(Computer computer) {
        @Override
        public String toString() {
            return computer.name() + "  (" + computer.os() + ")";
        }
    }

    /** The tenant's computers with check boxes; filled once they are loaded (see {@link #offerComputers}). */
    private static SettingEditor computerList(String canonical) {
        CheckListView<ComputerChoice> list = new CheckListView<>();
        list.setPrefHeight(140);
        list.setPlaceholder(new javafx.scene.control.Label("Loading the tenant's computers…"));
        list.getProperties().put(CHOSEN, SettingType.ComputerListType.ids(canonical));
        return new SettingEditor(list, () -> String.join(",", list.getCheckModel().getCheckedItems().stream()
                .map(c -> c.computer().id().toString()).toList()));
    }

    private static final String CHOSEN = "canopy.chosenComputers";

    /** Fills a computer-list editor with the computers it can choose from, ticking the chosen ones. */
    @SuppressWarnings("unchecked")
    void offerComputers(java.util.List<Computer> computers) {
        if (control instanceof CheckListView<?> any) {
            CheckListView<ComputerChoice> list = (CheckListView<ComputerChoice>) any;
            var chosen = (java.util.List<java.util.UUID>) list.getProperties().get(CHOSEN);
            var choices = computers.stream().map(ComputerChoice::new).toList();
            list.setItems(FXCollections.observableArrayList(choices));
            list.setPlaceholder(new javafx.scene.control.Label("This tenant has no computers."));
            choices.stream().filter(c -> chosen.contains(c.computer().id())).forEach(c -> list.getCheckModel().check(c));
        }
    }

    boolean choosesComputers() {
        return control instanceof CheckListView<?>;
    }

    private static int parse(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    Node control() {
        return control;
    }

    String rawValue() {
        return raw.get();
    }
}
