package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentRules;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Create or edit one of the selected tenant's own deployments. OK stays disabled while any field
 * is invalid, with the rule's message under that field (DeploymentRules, by RuleViolation.field()).
 * The fields a scope does not use are hidden, as the rules clear them on save.
 */
final class DeploymentDialog extends Dialog<Deployment> {

    private final Deployment start;
    private final boolean editing;
    private final UUID mspRootTenantId;
    private final String ownerName;
    private final List<Deployment> ownerDeployments;
    private final TextField software = new TextField();
    private final ComboBox<DesiredState> state = combo("deploymentStateField", DesiredState.values(), DesiredState::label);
    private final TextField version = new TextField();
    private final ComboBox<Enforcement> enforcement = combo("deploymentEnforcementField", Enforcement.values(), Enforcement::label);
    private final ComboBox<DeploymentScope> scope = combo("deploymentScopeField", DeploymentScope.values(), DeploymentScope::label);
    private final CheckBox includeChildren = new CheckBox("Include child tenants");
    private final TextField tag = new TextField();
    private final ListView<WhyComputer> computers = new ListView<>();
    private final Map<UUID, BooleanProperty> computerChosen = new LinkedHashMap<>();
    private final ComboBox<DeploymentOrder> order = combo("deploymentOrderField", DeploymentOrder.values(), DeploymentOrder::label);
    private final CheckBox enabled = new CheckBox("Enabled");
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Label formError = error("deploymentFormError");

    /**
     * @param start           the deployment to edit, or a new one's defaults
     * @param editing         false for a new deployment
     * @param ownerComputers  the owner tenant's computers, for Computer scope
     * @param ownerDeployments the owner tenant's deployments, so a duplicate is refused at the software field
     */
    DeploymentDialog(Window owner, Deployment start, boolean editing, String ownerName, UUID mspRootTenantId,
                     List<WhyComputer> ownerComputers, List<Deployment> ownerDeployments) {
        this.start = start;
        this.editing = editing;
        this.mspRootTenantId = mspRootTenantId;
        this.ownerName = ownerName;
        this.ownerDeployments = ownerDeployments;
        initOwner(owner);
        setTitle(editing ? "Edit deployment" : "New deployment");
        setHeaderText(editing ? "Edit the deployment of " + start.software() + " in " + ownerName
                : "New deployment in " + ownerName);
        getDialogPane().setId("deploymentDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        software.setId("deploymentSoftwareField");
        software.setPromptText("e.g. 7-Zip");
        software.setPrefColumnCount(24);
        version.setId("deploymentVersionField");
        version.setPromptText("Only for Specific version or At least");
        includeChildren.setId("deploymentIncludeChildren");
        tag.setId("deploymentTagField");
        tag.setPromptText("e.g. laptops");
        computers.setId("deploymentComputersField");
        computers.setPrefHeight(120);
        computers.setPlaceholder(new Label("This tenant has no computers."));
        for (WhyComputer c : ownerComputers) {
            computerChosen.put(c.id(), new SimpleBooleanProperty(start.computerIds().contains(c.id())));
        }
        computers.setItems(FXCollections.observableArrayList(ownerComputers));
        computers.setCellFactory(CheckBoxListCell.forListView(c -> computerChosen.get(c.id()), converter(WhyComputer::name)));
        enabled.setId("deploymentEnabledField");

        software.setText(start.software());
        state.setValue(start.desiredState());
        version.setText(start.version());
        enforcement.setValue(start.enforcement());
        scope.setValue(start.scope());
        includeChildren.setSelected(start.includeChildTenants());
        tag.setText(start.tag());
        order.setValue(start.order());
        enabled.setSelected(start.enabled());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        form.setPadding(new Insets(12));
        int row = 0;
        addRow(form, row++, "Software", withError(software, "software", "deploymentSoftwareError"));
        addRow(form, row++, "Desired state", state);
        addRow(form, row++, "Version", withError(version, "version", "deploymentVersionError"));
        addRow(form, row++, "Enforcement", enforcement);
        addRow(form, row++, "Scope", withError(new HBox(12, scope, includeChildren), "scope", "deploymentScopeError"));
        Node tagRow = addRow(form, row++, "Tag", withError(tag, "tag", "deploymentTagError"));
        Node computersRow = addRow(form, row++, "Computers", withError(computers, "computerIds", "deploymentComputersError"));
        addRow(form, row++, "Order", order);
        addRow(form, row++, "", enabled);
        form.add(formError, 1, row);
        getDialogPane().setContent(form);

        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("deploymentOkButton");
        Runnable changed = () -> {
            showScopeFields(tagRow, computersRow);
            ok.setDisable(!validate());
            // the dialog grows and shrinks with the shown scope fields and messages
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        software.textProperty().addListener((o, a, b) -> changed.run());
        version.textProperty().addListener((o, a, b) -> changed.run());
        state.valueProperty().addListener((o, a, b) -> changed.run());
        scope.valueProperty().addListener((o, a, b) -> changed.run());
        includeChildren.selectedProperty().addListener((o, a, b) -> changed.run());
        tag.textProperty().addListener((o, a, b) -> changed.run());
        computerChosen.values().forEach(p -> p.addListener((o, a, b) -> changed.run()));
        showScopeFields(tagRow, computersRow);
        ok.setDisable(!validate());
        setResultConverter(button -> button == ButtonType.OK ? DeploymentRules.check(build(), mspRootTenantId) : null);
    }

    /** The deployment as saved, or empty when cancelled or nothing changed. */
    Optional<Deployment> ask() {
        // an unchanged edit would be refused by the store as "nothing to save": just close
        return showAndWait().filter(d -> !editing || !d.equals(DeploymentRules.check(start, mspRootTenantId)));
    }

    private void showScopeFields(Node tagRow, Node computersRow) {
        DeploymentScope s = scope.getValue();
        includeChildren.setDisable(s != DeploymentScope.TENANT);
        show(tagRow, s == DeploymentScope.TAG);
        show(computersRow, s == DeploymentScope.COMPUTER);
    }

    private static void show(Node fieldBox, boolean visible) {
        Node label = (Node) fieldBox.getProperties().get("label");
        for (Node n : List.of(fieldBox, label)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    /** Shows each problem under its field; true when there are none. */
    private boolean validate() {
        Map<String, String> problems = DeploymentChecks.problems(build(), mspRootTenantId, ownerDeployments, ownerName);
        errors.forEach((field, label) -> label.setText(problems.getOrDefault(field, "")));
        List<String> elsewhere = new ArrayList<>();
        problems.forEach((field, message) -> {
            if (!errors.containsKey(field)) {
                elsewhere.add(message);
            }
        });
        formError.setText(String.join("\n", elsewhere));
        return problems.isEmpty();
    }

    private Deployment build() {
        List<UUID> chosen = computerChosen.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return new Deployment(start.id(), start.ownerTenantId(), software.getText(), state.getValue(), version.getText(),
                enforcement.getValue(), scope.getValue(), includeChildren.isSelected(), chosen, tag.getText(), order.getValue(),
                enabled.isSelected(), start.meta());
    }

    private VBox withError(Node field, String ruleField, String errorId) {
        Label error = error(errorId);
        errors.put(ruleField, error);
        return new VBox(3, field, error);
    }

    private static Node addRow(GridPane form, int row, String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        form.add(label, 0, row);
        form.add(field, 1, row);
        field.getProperties().put("label", label);
        return field;
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(380);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(converter(label));
        combo.setPrefWidth(170);
        return combo;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
