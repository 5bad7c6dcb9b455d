package dev.canopy.ui.preferences;

import dev.canopy.domain.preference.SettingType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computers of the tenant and its sub-tenants, ticked to choose. Ids in the value that match no
 * computer here (deleted, or moved to another tenant) stay listed and ticked, so saving never drops
 * them without the technician seeing it.
 */
final class ComputerListEditor implements ValueEditor {

    private final Set<UUID> chosen = new LinkedHashSet<>();
    private final Map<UUID, BooleanProperty> ticks = new HashMap<>();
    private final ObservableList<ComputerChoice> choices = FXCollections.observableArrayList();
    private final ListView<ComputerChoice> list = new ListView<>();
    private final Label status = new Label("Loading the computers…");
    private final VBox box;
    private final List<Runnable> editListeners = new ArrayList<>();

    ComputerListEditor(String canonical, PreferencesViewModel model) {
        chosen.addAll(SettingType.ComputerListType.ids(canonical));
        TextField filter = new TextField();
        filter.setId("computerFilter");
        filter.setPromptText("Filter by name or tag");
        filter.setMaxWidth(460);
        FilteredList<ComputerChoice> shown = new FilteredList<>(choices);
        filter.textProperty().addListener((obs, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(wanted.isEmpty() ? null : c -> c.text().toLowerCase(Locale.ROOT).contains(wanted));
        });
        list.setId("computerChoiceList");
        list.setItems(shown);
        list.setPrefHeight(124);
        list.setMaxWidth(460);
        list.setPlaceholder(new Label("No computers here."));
        list.setCellFactory(CheckBoxListCell.forListView(this::tick, new StringConverter<>() {
            @Override
            public String toString(ComputerChoice choice) {
                return choice == null ? "" : choice.text();
            }

            @Override
            public ComputerChoice fromString(String text) {
                return null;
            }
        }));
        status.setId("computerChoiceStatus");
        status.getStyleClass().add("field-hint");
        box = new VBox(6, filter, list, status);
        box.setId("settingValueField");
        model.computerChoices(List.copyOf(chosen), loaded -> {
            choices.setAll(loaded);
            refreshStatus();
        });
    }

    private BooleanProperty tick(ComputerChoice choice) {
        return ticks.computeIfAbsent(choice.id(), id -> {
            BooleanProperty tick = new SimpleBooleanProperty(chosen.contains(id));
            tick.addListener((obs, old, now) -> {
                if (now) {
                    chosen.add(id);
                } else {
                    chosen.remove(id);
                }
                refreshStatus();
                editListeners.forEach(Runnable::run);
            });
            return tick;
        });
    }

    private void refreshStatus() {
        status.setText(chosen.size() + " of " + choices.size() + " computers chosen");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public String raw() {
        return String.join(",", chosen.stream().map(UUID::toString).toList());
    }

    @Override
    public void onEdit(Runnable edited) {
        editListeners.add(edited);
    }

    @Override
    public void markInvalid(boolean invalid) {
        ValueEditor.danger(list, invalid);
    }

    @Override
    public String hint() {
        return "Computers of this tenant and of the tenants below it.";
    }
}
