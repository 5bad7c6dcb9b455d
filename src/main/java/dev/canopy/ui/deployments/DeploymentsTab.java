package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Origin;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Objects;

/**
 * The Deployments tab (DESIGN.md §1 Deployment): what reaches the selected tenant and from where;
 * create, edit and delete its own deployments; make an exception here to an inherited or
 * cross-tenant one; and, below, why each software resolves as it does on a computer of the tenant.
 */
public final class DeploymentsTab extends LazyTab {

    private final EditorServices main;
    private DeploymentsViewModel model;
    private DeploymentTable table;
    private WhyPanel why;
    /** A deployment asked for before the tab was first shown (it builds then). */
    private java.util.UUID pending;

    public DeploymentsTab(EditorServices main) {
        super("Deployments", "deploymentsTab", AppIcon.DEPLOYMENTS);
        this.main = main;
    }

    @Override
    protected Node build() {
        model = new DeploymentsViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices());
        table = new DeploymentTable(model, this::open);
        why = new WhyPanel(new WhyViewModel(model.snapshotProperty(), model::tenantName));

        BooleanBinding ownSelected = Bindings.createBooleanBinding(
                () -> table.selected() != null && table.selected().origin() == Origin.OWN,
                table.getSelectionModel().selectedItemProperty());
        BooleanBinding otherSelected = Bindings.createBooleanBinding(
                () -> table.selected() != null && table.selected().origin() != Origin.OWN,
                table.getSelectionModel().selectedItemProperty());

        Button create = new Button("New deployment", AppIcon.ADD.view());
        create.setId("newDeploymentButton");
        create.setOnAction(e -> edit(model.newForm()));
        Button edit = new Button("Edit", AppIcon.RENAME.view());
        edit.setId("editDeploymentButton");
        edit.disableProperty().bind(ownSelected.not());
        edit.setOnAction(e -> open(table.selected()));
        Button delete = new Button("Delete", AppIcon.DELETE.view());
        delete.setId("deleteDeploymentButton");
        delete.disableProperty().bind(ownSelected.not());
        delete.setOnAction(e -> delete(table.selected()));
        MenuItem notPresent = new MenuItem("Not present here (remove it)");
        notPresent.setId("exceptionNotPresent");
        notPresent.setOnAction(e -> makeException(DesiredState.NOT_PRESENT));
        MenuItem ignore = new MenuItem("Ignore here (leave it as it is)");
        ignore.setId("exceptionIgnore");
        ignore.setOnAction(e -> makeException(DesiredState.IGNORE));
        MenuButton exception = new MenuButton("Make exception here", AppIcon.EXCEPTION.view(), notPresent, ignore);
        exception.setId("makeExceptionButton");
        exception.disableProperty().bind(otherSelected.not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, create, edit, delete, gap, exception);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label();
        hint.setId("deploymentHint");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);  // wrap rather than cut the sentence short
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.hint(table.selected()),
                table.getSelectionModel().selectedItemProperty(), model.snapshotProperty()));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                why.highlight(now == null ? "" : now.deployment().software()));
        table.setOnKeyPressed(e -> {
            ReachingDeployment selected = table.selected();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                open(selected);
            } else if (selected != null && selected.origin() == Origin.OWN && e.getCode() == KeyCode.DELETE) {
                delete(selected);
            }
        });

        VBox.setVgrow(table, Priority.ALWAYS);
        VBox top = new VBox(8, bar, table, hint);
        top.setPadding(new Insets(12, 12, 8, 12));
        why.setPadding(new Insets(8, 12, 12, 12));
        SplitPane split = new SplitPane(top, why);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        split.getStylesheets().add(Objects.requireNonNull(DeploymentsTab.class.getResource("/dev/canopy/ui/deployments.css")).toExternalForm());
        split.getStyleClass().add("deployments");
        model.showingProperty().bind(selectedProperty());
        if (pending != null) {
            model.focusedDeploymentProperty().set(pending);
            pending = null;
        }
        model.load();
        return split;
    }

    /** Brings the tab forward with this deployment selected (and explained) once the selected tenant's rows show. */
    public void showDeployment(java.util.UUID deploymentId) {
        if (model != null) {
            model.focusedDeploymentProperty().set(deploymentId);
        } else {
            pending = deploymentId;
        }
        if (getTabPane() != null) {
            getTabPane().getSelectionModel().select(this);
        }
    }

    @Override
    protected void release() {
        table.disposeColumnLayout();
        model.showingProperty().unbind();
        model.dispose();
    }

    /** Double-click or Enter: edits an own deployment; for another tenant's, says where it can be edited. */
    private void open(ReachingDeployment row) {
        if (row == null) {
            return;
        }
        if (row.origin() == Origin.OWN) {
            edit(model.editForm(row.deployment()));
        } else {
            model.focusedDeploymentProperty().set(row.deployment().id());
            table.getSelectionModel().select(row);
        }
    }

    private void edit(DeploymentForm form) {
        new DeploymentDialog(window(), form).ask()
                .ifPresent(d -> model.save(d, error -> ErrorDialogs.show(window(), "That deployment was not saved", error)));
    }

    private void delete(ReachingDeployment row) {
        Deployment d = row.deployment();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.deleteQuestion(d), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText("Delete the deployment of " + d.software() + "?");
        confirm.getDialogPane().setId("deleteDeploymentConfirm");
        dev.canopy.ui.common.DeleteConfirmation.answer(confirm, ButtonType.OK).filter(ButtonType.OK::equals).ifPresent(b ->
                model.delete(d, error -> ErrorDialogs.show(window(), "That deployment was not deleted", error)));
    }

    private void makeException(DesiredState state) {
        ReachingDeployment row = table.selected();
        if (row != null && row.origin() != Origin.OWN) {
            model.makeException(row, state, error -> ErrorDialogs.show(window(), "No exception was made", error));
        }
    }

    private Window window() {
        return table.getScene().getWindow();
    }
}
