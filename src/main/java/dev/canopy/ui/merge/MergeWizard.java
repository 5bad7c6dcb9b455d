package dev.canopy.ui.merge;

import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergePlan;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Merge a tenant into another: pick the destination, see what moves and what collides (with a
 * choice per collision), then merge as one undoable command.
 */
public final class MergeWizard extends Dialog<ButtonType> {

    static final ButtonType MERGE = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);

    private final EditorServices main;
    private final UUID source;
    private final TenantHierarchy hierarchy;
    private final Label summary = new Label("Choose the tenant to merge into.");
    private final GridPane collisions = new GridPane();
    private final Map<String, Collision.Choice> decisions = new HashMap<>();
    private UUID destination;

    public MergeWizard(Window owner, EditorServices main, UUID source) {
        this.main = main;
        this.source = source;
        this.hierarchy = main.tenants().hierarchyProperty().get();
        String sourceName = hierarchy.node(source).map(TenantNode::name).orElse("?");
        initOwner(owner);
        setTitle("Merge tenant");
        setHeaderText("Merge " + sourceName + " into another tenant");
        getDialogPane().setId("mergeWizard");
        getDialogPane().getButtonTypes().addAll(MERGE, ButtonType.CANCEL);
        var mergeButton = getDialogPane().lookupButton(MERGE);
        mergeButton.setId("mergeButton");
        mergeButton.setDisable(true);

        TextField filter = new TextField();
        filter.setId("mergeDestinationFilter");
        filter.setPromptText("Type part of the destination's name");
        // not the source itself, nor anything inside it
        FilteredList<TenantNode> choices = new FilteredList<>(FXCollections.observableArrayList(
                hierarchy.depthFirst().stream().filter(n -> !hierarchy.isSelfOrDescendant(source, n.id())).toList()));
        ListView<TenantNode> list = new ListView<>(choices);
        list.setId("mergeDestinationList");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TenantNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : String.join(" › ", hierarchy.path(node.id()).stream().map(TenantNode::name).toList()));
            }
        });
        filter.textProperty().addListener((obs, old, text) -> {
            String q = text.strip().toLowerCase(Locale.ROOT);
            choices.setPredicate(q.isEmpty() ? null : n -> n.name().toLowerCase(Locale.ROOT).contains(q));
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, node) -> {
            mergeButton.setDisable(true);
            if (node != null) {
                preview(node.id(), mergeButton);
            }
        });
        summary.setId("mergeSummary");
        summary.setWrapText(true);
        // a wrapping label in a VBox needs its full height, else it is cut to one line
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        collisions.setId("mergeCollisions");
        collisions.setHgap(10);
        collisions.setVgap(6);
        Label collisionsTitle = new Label("Collisions");
        collisionsTitle.getStyleClass().add("text-bold");
        VBox content = new VBox(8, filter, list, summary, collisionsTitle, collisions);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
    }

    /** Shows the wizard; on Merge runs the command and selects the destination. */
    public void open() {
        setOnHidden(e -> {
            if (MERGE.equals(getResult()) && destination != null) {
                UUID into = destination;
                main.commands().execute(new MergeTenants(source, into, Map.copyOf(decisions)), applied -> main.tenants().selectedTenantProperty().set(into),
                        error -> ErrorDialogs.show(getOwner(), "The tenants were not merged", error));
            }
        });
        show();
    }

    private void preview(UUID into, javafx.scene.Node mergeButton) {
        summary.setText("Working out what moves…");
        collisions.getChildren().clear();
        main.tasks().load(this, () -> main.store().current().inspect(ws -> MergePlan.of(ws, source, into)), plan -> {
            destination = into;
            showPlan(plan);
            mergeButton.setDisable(false);
        }, error -> {
            destination = null;
            summary.setText(ErrorDialogs.messageFor(error));
        });
    }

    private void showPlan(MergePlan plan) {
        summary.setText(String.format("Moves %,d computer%s, %d %s, %d schedule%s, %d deployment%s and %d child tenant%s from %s to %s,"
                        + " then deletes %s (Ctrl+Z brings it back).",
                plan.computers().size(), s(plan.computers().size()), plan.people().size(), plan.people().size() == 1 ? "person" : "people",
                plan.schedules().size(), s(plan.schedules().size()), plan.deployments().size(), s(plan.deployments().size()),
                plan.children().size(), s(plan.children().size()), plan.source().name(), plan.destination().name(), plan.source().name()));
        decisions.clear();
        collisions.getChildren().clear();
        if (plan.collisions().isEmpty()) {
            collisions.add(new Label("None: nothing clashes."), 0, 0);
            return;
        }
        int row = 0;
        for (Collision c : plan.collisions()) {
            Label what = new Label(c.description());
            what.setWrapText(true);
            what.setMaxWidth(330);
            ChoiceBox<Collision.Choice> choice = new ChoiceBox<>(FXCollections.observableArrayList(c.choices()));
            choice.setId("choice-" + row);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Collision.Choice value) {
                    return value == null ? "" : value.label();
                }

                @Override
                public Collision.Choice fromString(String text) {
                    return null;
                }
            });
            choice.setValue(c.choices().get(0));
            decisions.put(c.key(), c.choices().get(0));
            choice.valueProperty().addListener((obs, old, now) -> decisions.put(c.key(), now));
            HBox.setHgrow(what, Priority.ALWAYS);
            collisions.add(what, 0, row);
            collisions.add(choice, 1, row++);
        }
    }

    private static String s(int n) {
        return n == 1 ? "" : "s";
    }
}
