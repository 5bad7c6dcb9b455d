package dev.canopy.ui.schedules;

import javafx.beans.binding.Bindings;
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
import java.util.function.Function;

/** "Chosen computers": the owner tenant's computers (its sub-tenants' too when the schedule propagates), ticked to choose. */
final class ComputerPicker extends VBox {

    private final ScheduleEditorModel model;
    private final Map<UUID, BooleanProperty> ticks = new HashMap<>();
    private final ListView<ComputerChoice> list = new ListView<>();
    private boolean syncing;

    ComputerPicker(ScheduleEditorModel model, Function<UUID, String> tenantName) {
        this.model = model;
        setSpacing(4);
        TextField filter = new TextField();
        filter.setId("computerPickerFilter");
        filter.setPromptText("Filter by name or tag");
        FilteredList<ComputerChoice> shown = new FilteredList<>(model.computerChoices());
        filter.textProperty().addListener((obs, old, text) -> {
            String t = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(t.isEmpty() ? null : c -> c.name().toLowerCase(Locale.ROOT).contains(t)
                    || c.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(t)));
        });

        list.setId("computerPicker");
        list.setItems(shown);
        list.setPrefHeight(170);
        list.setPlaceholder(new Label("No computers here."));
        StringConverter<ComputerChoice> text = Labels.converter(c -> describe(c, tenantName));
        list.setCellFactory(CheckBoxListCell.forListView(this::tick, text));

        Label status = new Label();
        status.getStyleClass().add("field-hint");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.computersStatusProperty().get().isEmpty()
                        ? model.chosenComputers().size() + " of " + model.computerChoices().size() + " chosen"
                        : model.computersStatusProperty().get(),
                model.computersStatusProperty(), model.chosenComputers(), model.computerChoices()));
        getChildren().addAll(filter, list, status);

        model.computerChoices().addListener((ListChangeListener<ComputerChoice>) c -> ticks.keySet()
                .retainAll(model.computerChoices().stream().map(ComputerChoice::id).toList()));
        model.chosenComputers().addListener((SetChangeListener<UUID>) c -> syncTicks());
    }

    private String describe(ComputerChoice c, Function<UUID, String> tenantName) {
        StringBuilder text = new StringBuilder(c.name());
        if (c.tenantId() != null && !c.tenantId().equals(model.ownerTenantId())) {
            text.append("  ·  ").append(tenantName.apply(c.tenantId()));
        }
        if (!c.tags().isEmpty()) {
            text.append("  ·  ").append(String.join(", ", c.tags()));
        }
        return text.toString();
    }

    private BooleanProperty tick(ComputerChoice c) {
        return ticks.computeIfAbsent(c.id(), id -> {
            BooleanProperty tick = new SimpleBooleanProperty(model.chosenComputers().contains(id));
            tick.addListener((obs, old, now) -> {
                if (!syncing) {
                    if (now) {
                        model.chosenComputers().add(id);
                    } else {
                        model.chosenComputers().remove(id);
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
            ticks.forEach((id, tick) -> tick.set(model.chosenComputers().contains(id)));
        } finally {
            syncing = false;
        }
    }

    ListView<ComputerChoice> list() {
        return list;
    }
}
