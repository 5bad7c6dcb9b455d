package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.DeploymentWording;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.Origin;
import dev.canopy.domain.deployment.ReachingDeployment;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The deployments that reach the selected tenant, one row each, saying where each comes from.
 * Rows of other tenants are shown muted (read-only here), disabled deployments struck through.
 * The selection stays on the same deployment across reloads.
 */
final class DeploymentTable extends TableView<ReachingDeployment> {

    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    private static final PseudoClass DISABLED = PseudoClass.getPseudoClass("deployment-disabled");

    private final dev.canopy.ui.common.TableLayoutKeeper columnLayout;

    DeploymentTable(DeploymentsViewModel model, Consumer<ReachingDeployment> onOpen) {
        setId("deploymentTable");
        getStyleClass().add("deployment-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Function<UUID, String> name = model::tenantName;
        getColumns().addAll(List.of(
                column("Software", r -> r.deployment().software(), 110, 90),
                column("Desired state", r -> DeploymentWording.desiredState(r.deployment()), 105, 100),
                column("Enforcement", r -> r.deployment().enforcement().label(), 106, 106),
                column("Scope", r -> DeploymentWording.scope(r.deployment()), 122, 80),
                column("Order", r -> r.deployment().order().label(), 86, 86),
                column("Enabled", r -> r.deployment().enabled() ? "Yes" : "No", 74, 74),
                column("From", r -> DeploymentWording.from(r, name), 150, 80)));
        // unsorted, the rows keep the resolver's order: own, then inherited nearest first, then cross-tenant
        SortedList<ReachingDeployment> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No deployments reach this tenant. Add one with New deployment."));
        columnLayout = dev.canopy.ui.common.TableLayoutKeeper.keep(this);

        setRowFactory(t -> new TableRow<>() {
            {
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !isEmpty()) {
                        onOpen.accept(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(ReachingDeployment row, boolean empty) {
                super.updateItem(row, empty);
                boolean readOnly = !empty && row != null && row.origin() != Origin.OWN;
                pseudoClassStateChanged(READ_ONLY, readOnly);
                pseudoClassStateChanged(DISABLED, !empty && row != null && !row.deployment().enabled());
                setTooltip(readOnly ? new Tooltip(DeploymentText.readOnlyHint(row, name)) : null);
            }
        });

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !model.replacingRows()) {
                model.focusedDeploymentProperty().set(now.deployment().id());
            }
        });
        model.rows().addListener((ListChangeListener<ReachingDeployment>) c -> reselect(model.focusedDeploymentProperty().get()));
    }

    /** When the tab closes. */
    void disposeColumnLayout() {
        columnLayout.dispose();
    }

    ReachingDeployment selected() {
        return getSelectionModel().getSelectedItem();
    }

    private void reselect(UUID id) {
        if (id == null) {
            return;
        }
        for (int i = 0; i < getItems().size(); i++) {
            Deployment d = getItems().get(i).deployment();
            if (d.id().equals(id)) {
                getSelectionModel().clearAndSelect(i);
                scrollTo(i);
                return;
            }
        }
    }

    /** @param minWidth what the header and its longest fixed value need, so they never read "Unorde…" */
    private static TableColumn<ReachingDeployment, String> column(String title, Function<ReachingDeployment, String> value,
                                                                   double width, double minWidth) {
        TableColumn<ReachingDeployment, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }
}
