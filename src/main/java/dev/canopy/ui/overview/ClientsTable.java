package dev.canopy.ui.overview;

import dev.canopy.reports.TenantOverview;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;

/** The MSP root's clients, the worst share of non-compliant computers first; a row opens that client's overview. */
final class ClientsTable {

    private final TableView<TenantOverview.ClientRank> table = new TableView<>();
    private final Node card;

    ClientsTable(OverviewViewModel model) {
        table.setId("clientRanking");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No clients yet."));
        TableColumn<TenantOverview.ClientRank, String> name = new TableColumn<>("Client");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<TenantOverview.ClientRank, Integer> computers = new TableColumn<>("Computers");
        computers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().computers()));
        TableColumn<TenantOverview.ClientRank, Integer> failing = new TableColumn<>("Non-compliant");
        failing.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nonCompliant()));
        TableColumn<TenantOverview.ClientRank, String> share = new TableColumn<>("Share");
        share.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%.0f%%", 100 * c.getValue().nonCompliantShare())));
        table.getColumns().addAll(List.of(name, computers, failing, share));
        table.setRowFactory(t -> {
            TableRow<TenantOverview.ClientRank> row = new TableRow<>();
            row.setTooltip(new Tooltip("Double-click to open this client's overview"));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.openTenant(row.getItem().tenantId());
                }
            });
            return row;
        });
        card = OverviewCards.card("Clients by non-compliance", table);
    }

    Node card() {
        return card;
    }

    void show(List<TenantOverview.ClientRank> ranks) {
        table.getItems().setAll(ranks);
    }
}
