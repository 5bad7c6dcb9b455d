package dev.canopy.ui.merge;

import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.UUID;

/**
 * Merge a tenant into another: pick the destination, see what moves and what collides (with a
 * choice per collision), then merge as one undoable command.
 */
public final class MergeWizard extends Dialog<ButtonType> {

    static final ButtonType MERGE = new ButtonType("_Merge", ButtonBar.ButtonData.OK_DONE);

    private final MergeViewModel model;
    private final GridPane collisions = new GridPane();

    public MergeWizard(Window owner, EditorServices main, UUID source) {
        this(owner, new MergeViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), source));
    }

    MergeWizard(Window owner, MergeViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Merge tenant");
        setHeaderText(model.header());
        getDialogPane().setId("mergeWizard");
        getDialogPane().getButtonTypes().addAll(MERGE, ButtonType.CANCEL);
        var mergeButton = getDialogPane().lookupButton(MERGE);
        mergeButton.setId("mergeButton");
        mergeButton.disableProperty().bind(model.canMergeProperty().not());

        TextField filter = new TextField();
        filter.setId("mergeDestinationFilter");
        filter.setPromptText("Type part of the destination's name");
        filter.textProperty().bindBidirectional(model.destinationFilterProperty());
        javafx.scene.control.Label destination = dev.canopy.ui.common.FieldLabel.of("_Destination", filter);
        ListView<TenantNode> list = new ListView<>(model.destinations());
        list.setId("mergeDestinationList");
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TenantNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : model.pathOf(node));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, node) -> model.choose(node == null ? null : node.id()));
        Label summary = new Label();
        summary.setId("mergeSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        // a wrapping label in a VBox needs its full height, else it is cut to one line
        summary.setMinHeight(Region.USE_PREF_SIZE);
        collisions.setId("mergeCollisions");
        collisions.setHgap(10);
        collisions.setVgap(6);
        model.collisions().addListener((ListChangeListener<CollisionDecision>) change -> showCollisions());
        model.collisionsNoteProperty().addListener((obs, old, note) -> showCollisions());
        Label collisionsTitle = new Label("Collisions");
        collisionsTitle.getStyleClass().add("text-bold");
        VBox content = new VBox(8, destination, filter, list, summary, collisionsTitle, collisions);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
    }

    /** Shows the wizard; on Merge runs the command and selects the destination. */
    public void open() {
        setOnHidden(e -> {
            if (MERGE.equals(getResult())) {
                model.merge(error -> ErrorDialogs.show(getOwner(), "The tenants were not merged", error));
            }
        });
        show();
    }

    private void showCollisions() {
        collisions.getChildren().clear();
        if (!model.collisionsNoteProperty().get().isEmpty()) {
            collisions.add(new Label(model.collisionsNoteProperty().get()), 0, 0);
        }
        int row = 0;
        for (CollisionDecision c : model.collisions()) {
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
            choice.valueProperty().bindBidirectional(c.choiceProperty());
            collisions.add(what, 0, row);
            collisions.add(choice, 1, row++);
        }
    }
}
