package dev.canopy.ui.schedules;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** "Chosen computers": the owner tenant's computers (its sub-tenants' too when the schedule propagates), ticked to choose. */
final class ComputerPicker extends VBox {

    private final TargetFields target;
    private final Map<UUID, BooleanProperty> ticks = new HashMap<>();
    private final ListView<ComputerChoice> list = new ListView<>();
    private boolean syncing;

    ComputerPicker(TargetFields target) {
        this.target = target;
        setSpacing(4);
        TextField filter = new TextField();
        filter.setId("computerPickerFilter");
        filter.setPromptText("Filter by name or tag");
        FilteredList<ComputerChoice> shown = new FilteredList<>(target.choices());
        filter.textProperty().addListener((obs, old, text) -> {
            String t = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(t.isEmpty() ? null : c -> c.name().toLowerCase(Locale.ROOT).contains(t)
                    || c.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(t)));
        });

        list.setId("computerPicker");
        list.setItems(shown);
        list.setPrefHeight(170);
        list.setPlaceholder(new Label("No computers here."));
        StringConverter<ComputerChoice> text = Labels.converter(target::describe);
        list.setCellFactory(CheckBoxListCell.forListView(this::tick, text));

        Label status = new Label();
        status.getStyleClass().add("field-hint");
        status.setId("computerPickerStatus");
        status.textProperty().bind(target.pickerStatus());
        getChildren().addAll(filter, list, status);

        target.choices().addListener((ListChangeListener<ComputerChoice>) c -> ticks.keySet()
                .retainAll(target.choices().stream().map(ComputerChoice::id).toList()));
        target.chosen().addListener((SetChangeListener<UUID>) c -> syncTicks());
    }

    private BooleanProperty tick(ComputerChoice c) {
        return ticks.computeIfAbsent(c.id(), id -> {
            BooleanProperty tick = new SimpleBooleanProperty(target.chosen().contains(id));
            tick.addListener((obs, old, now) -> {
                if (!syncing) {
                    if (now) {
                        target.chosen().add(id);
                    } else {
                        target.chosen().remove(id);
                    }
                }
            });
            return tick;
        });
    }

    /** The chosen set changed from the model (another schedule, revert): the ticks follow. */
    private void syncTicks() {
        syncing = true;
        try {
            ticks.forEach((id, tick) -> tick.set(target.chosen().contains(id)));
        } finally {
            syncing = false;
        }
    }

    ListView<ComputerChoice> list() {
        return list;
    }
}
