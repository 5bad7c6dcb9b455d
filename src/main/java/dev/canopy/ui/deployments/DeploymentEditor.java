package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a {@link DeploymentForm}, each with its rule's message under it; a problem of a
 * field without a line of its own shows under the form. The fields a scope does not use are
 * hidden, as the rules clear them on save.
 */
final class DeploymentEditor extends GridPane {

    /** The form's fields that have a message line of their own, by Deployment field name. */
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Label formError = error("deploymentFormError");

    DeploymentEditor(DeploymentForm form) {
        TextField software = new TextField();
        software.setId("deploymentSoftwareField");
        software.setPromptText("e.g. 7-Zip");
        software.setPrefColumnCount(24);
        software.textProperty().bindBidirectional(form.softwareProperty());
        ComboBox<DesiredState> state = combo("deploymentStateField", DesiredState.values(), DesiredState::label);
        state.valueProperty().bindBidirectional(form.stateProperty());
        TextField version = new TextField();
        version.setId("deploymentVersionField");
        version.setPromptText("Only for Specific version or At least");
        version.textProperty().bindBidirectional(form.versionProperty());
        ComboBox<Enforcement> enforcement = combo("deploymentEnforcementField", Enforcement.values(), Enforcement::label);
        enforcement.valueProperty().bindBidirectional(form.enforcementProperty());
        ComboBox<DeploymentScope> scope = combo("deploymentScopeField", DeploymentScope.values(), DeploymentScope::label);
        scope.valueProperty().bindBidirectional(form.scopeProperty());
        CheckBox includeChildren = new CheckBox("Include child tenants");
        includeChildren.setId("deploymentIncludeChildren");
        includeChildren.selectedProperty().bindBidirectional(form.includeChildrenProperty());
        includeChildren.disableProperty().bind(form.scopeProperty().isNotEqualTo(DeploymentScope.TENANT));
        TextField tag = new TextField();
        tag.setId("deploymentTagField");
        tag.setPromptText("e.g. laptops");
        tag.textProperty().bindBidirectional(form.tagProperty());
        ListView<WhyComputer> computers = new ListView<>(FXCollections.observableArrayList(form.computers()));
        computers.setId("deploymentComputersField");
        computers.setPrefHeight(120);
        computers.setPlaceholder(new Label("This tenant has no computers."));
        computers.setCellFactory(CheckBoxListCell.forListView(c -> form.computerChosenProperty(c.id()), dev.canopy.ui.common.ChoiceText.orEmpty(WhyComputer::name)));
        ComboBox<DeploymentOrder> order = combo("deploymentOrderField", DeploymentOrder.values(), DeploymentOrder::label);
        order.valueProperty().bindBidirectional(form.orderProperty());
        CheckBox enabled = new CheckBox("Enabled");
        enabled.setId("deploymentEnabledField");
        enabled.selectedProperty().bindBidirectional(form.enabledProperty());

        setHgap(12);
        setVgap(6);
        setPadding(new Insets(12));
        int row = 0;
        addRow(row++, "Software", withError(software, "software", "deploymentSoftwareError"), null);
        addRow(row++, "Desired state", state, null);
        addRow(row++, "Version", withError(version, "version", "deploymentVersionError"), null);
        addRow(row++, "Enforcement", enforcement, null);
        addRow(row++, "Scope", withError(new HBox(12, scope, includeChildren), "scope", "deploymentScopeError"), null);
        addRow(row++, "Tag", withError(tag, "tag", "deploymentTagError"), form.scopeProperty().isEqualTo(DeploymentScope.TAG));
        addRow(row++, "Computers", withError(computers, "computerIds", "deploymentComputersError"),
                form.scopeProperty().isEqualTo(DeploymentScope.COMPUTER));
        addRow(row++, "Order", order, null);
        addRow(row++, "", enabled, null);
        add(formError, 1, row);

        form.problemsProperty().addListener((obs, old, now) -> showProblems(now));
        showProblems(form.problemsProperty().get());
    }

    /** Each problem under its field; the rest under the form. */
    private void showProblems(Map<String, String> problems) {
        errors.forEach((field, label) -> label.setText(problems.getOrDefault(field, "")));
        List<String> elsewhere = new ArrayList<>();
        problems.forEach((field, message) -> {
            if (!errors.containsKey(field)) {
                elsewhere.add(message);
            }
        });
        formError.setText(String.join("\n", elsewhere));
    }

    private VBox withError(Node field, String ruleField, String errorId) {
        Label error = error(errorId);
        errors.put(ruleField, error);
        return new VBox(3, field, error);
    }

    /** @param shownWhen when the row is shown (null: always) */
    private void addRow(int row, String caption, Node field, BooleanBinding shownWhen) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        add(label, 0, row);
        add(field, 1, row);
        if (shownWhen != null) {
            for (Node n : List.of(label, field)) {
                n.visibleProperty().bind(shownWhen);
                n.managedProperty().bind(shownWhen);
            }
        }
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(380);
        ObservableValue<Boolean> hasText = Bindings.isNotEmpty(label.textProperty());
        label.managedProperty().bind(hasText);
        label.visibleProperty().bind(hasText);
        return label;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(dev.canopy.ui.common.ChoiceText.orEmpty(label));
        combo.setPrefWidth(170);
        return combo;
    }
}
