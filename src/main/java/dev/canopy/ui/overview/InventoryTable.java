package dev.canopy.ui.overview;

import dev.canopy.reports.FleetFacts;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The most installed software with its version spread ("24.08 ×812 · 23.01 ×40"), searchable; a row opens those computers. */
final class InventoryTable {

    private static final int VERSIONS_SHOWN = 4;

    private final ObservableList<FleetFacts.Installs> rows = FXCollections.observableArrayList();
    private final FilteredList<FleetFacts.Installs> shown = new FilteredList<>(rows);
    private final Node card;

    InventoryTable(OverviewViewModel model) {
        TextField search = new TextField();
        search.setId("inventorySearch");
        search.setPromptText("Find software");
        search.textProperty().addListener((obs, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(wanted.isEmpty() ? null : i -> i.software().toLowerCase(Locale.ROOT).contains(wanted));
        });
        TableView<FleetFacts.Installs> table = new TableView<>(shown);
        table.setId("inventoryTable");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No software reported."));
        TableColumn<FleetFacts.Installs, String> name = new TableColumn<>("Software");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().software()));
        name.setPrefWidth(170);
        TableColumn<FleetFacts.Installs, Integer> installs = new TableColumn<>("Installs");
        installs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().computers()));
        installs.setPrefWidth(70);
        TableColumn<FleetFacts.Installs, String> versions = new TableColumn<>("Versions");
        versions.setCellValueFactory(c -> new ReadOnlyStringWrapper(spread(c.getValue().versions())));
        versions.setPrefWidth(220);
        table.getColumns().addAll(List.of(name, installs, versions));
        table.setRowFactory(t -> {
            TableRow<FleetFacts.Installs> row = new TableRow<>();
            row.setTooltip(new Tooltip("Double-click to list the computers that have it"));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.openInstalling(row.getItem().software(), null);
                }
            });
            return row;
        });
        card = OverviewCards.card("Software inventory", search, table);
    }

    Node card() {
        return card;
    }

    void show(List<FleetFacts.Installs> inventory) {
        rows.setAll(inventory);
    }

    /** The most common versions first, newest breaking ties; the rest summed. */
    static String spread(Map<String, Integer> versions) {
        List<Map.Entry<String, Integer>> ordered = versions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .toList();
        String head = ordered.stream().limit(VERSIONS_SHOWN)
                .map(e -> (e.getKey().isEmpty() ? "(no version)" : e.getKey()) + " ×" + e.getValue())
                .collect(Collectors.joining(" · "));
        int rest = ordered.stream().skip(VERSIONS_SHOWN).mapToInt(Map.Entry::getValue).sum();
        return rest == 0 ? head : head + " · others ×" + rest;
    }
}
