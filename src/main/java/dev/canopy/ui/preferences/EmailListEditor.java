package dev.canopy.ui.preferences;

import atlantafx.base.theme.Styles;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.SettingType;
import dev.canopy.ui.common.AppIcon;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list of e-mail addresses: one line per address, each checked as it is added (a pasted
 * "a@x.com; b@y.com" adds both), so a typo is caught at the address it is in.
 */
final class EmailListEditor implements ValueEditor {

    private final SettingDefinition definition;
    private final Consumer<String> report;
    private final ObservableList<String> addresses;
    private final ListView<String> list = new ListView<>();
    private final TextField addField = new TextField();
    private final VBox box;

    EmailListEditor(SettingDefinition definition, String canonical, Consumer<String> report) {
        this.definition = definition;
        this.report = report;
        addresses = FXCollections.observableArrayList(SettingType.items(canonical));

        list.setId("emailList");
        list.setItems(addresses);
        list.setCellFactory(v -> new AddressCell());
        list.setPlaceholder(new Label("No addresses: nobody gets a copy."));
        list.setPrefHeight(88);
        list.setMaxWidth(460);

        addField.setId("emailAddField");
        addField.setPromptText(definition.example().isEmpty() ? "name@example.com" : definition.example());
        addField.setOnAction(e -> {
            add();
            e.consume();  // Enter adds the address; it must not also press a default button
        });
        HBox.setHgrow(addField, Priority.ALWAYS);
        Button addButton = new Button("Add", AppIcon.ADD.view());
        addButton.setId("emailAddButton");
        addButton.setOnAction(e -> add());
        HBox adder = new HBox(8, addField, addButton);
        adder.setMaxWidth(460);
        adder.setAlignment(Pos.CENTER_LEFT);

        box = new VBox(6, list, adder);
        box.setId("settingValueField");
    }

    /** Adds what is typed if every address in it is valid and new; otherwise says which one is not. */
    private void add() {
        if (addField.getText().isBlank()) {
            return;
        }
        try {
            String all = definition.parse(String.join(",", addresses) + "," + addField.getText());
            addresses.setAll(SettingType.items(all));
            addField.clear();
            report.accept("");
        } catch (RuleViolation bad) {
            report.accept(bad.getMessage());
        }
    }

    @Override
    public Node node() {
        return box;
    }

    /** The listed addresses and anything still typed in the add field, which must not be lost on save. */
    @Override
    public String raw() {
        List<String> all = new ArrayList<>(addresses);
        if (!addField.getText().isBlank()) {
            all.add(addField.getText().strip());
        }
        return String.join(",", all);
    }

    @Override
    public void onEdit(Runnable edited) {
        addresses.addListener((ListChangeListener<String>) c -> edited.run());
        addField.textProperty().addListener((obs, old, now) -> edited.run());
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(addField, invalid);
    }

    @Override
    public String hint() {
        return "Type an address and press Enter; several can be pasted at once.";
    }

    /** An address with a button that removes it. */
    private final class AddressCell extends ListCell<String> {

        private final Label address = new Label();
        private final Button remove = new Button(null, AppIcon.DELETE.view());
        private final HBox line;

        AddressCell() {
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> addresses.remove(getItem()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(6, address, gap, remove);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                address.setText(item);
                remove.setAccessibleText("Remove " + item);
                setGraphic(line);
            }
        }
    }
}
