package dev.canopy.ui.computers;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Choose a tenant by typing part of its name (the keyboard way to reassign). */
final class TenantPickerDialog extends Dialog<TenantNode> {

    TenantPickerDialog(Window owner, TenantHierarchy hierarchy, String title) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().setId("tenantPickerDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        List<TenantNode> all = hierarchy.depthFirst();
        FilteredList<TenantNode> shown = new FilteredList<>(FXCollections.observableArrayList(all));
        TextField filter = new TextField();
        filter.setId("tenantPickerFilter");
        filter.setPromptText("Type part of a tenant name");
        ListView<TenantNode> list = new ListView<>(shown);
        list.setId("tenantPickerList");
        list.setPrefSize(460, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TenantNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : hierarchy.pathText(node.id()));
            }
        });
        filter.textProperty().addListener((obs, old, text) -> {
            String q = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : n -> n.name().toLowerCase(Locale.ROOT).contains(q));
            // after the list has taken in the new items, so the first match is what Enter picks
            javafx.application.Platform.runLater(() -> list.getSelectionModel().selectFirst());
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        list.getSelectionModel().selectFirst();
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getDialogPane().setContent(new VBox(8, dev.canopy.ui.common.FieldLabel.of("_Tenant", filter), filter, list));
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            TenantNode selected = list.getSelectionModel().getSelectedItem();
            return selected != null && shown.contains(selected) ? selected : shown.stream().findFirst().orElse(null);
        });
        // after the dialog's own focus handling, which would otherwise take it to the OK button
        setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
    }

    Optional<UUID> choose() {
        return showAndWait().map(TenantNode::id);
    }
}
