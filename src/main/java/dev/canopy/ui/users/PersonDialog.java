package dev.canopy.ui.users;

import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Add or edit a person: a form over {@link PersonFormModel}. OK stays disabled until every field is
 * valid, with the rule's message under the field; OK saves and the dialog closes once the save is
 * applied (a refusal about a field keeps it open with the message there).
 */
final class PersonDialog extends Dialog<ButtonType> {

    PersonDialog(Window owner, PersonFormModel form) {
        initOwner(owner);
        setTitle(form.title());
        setHeaderText(form.header());
        getDialogPane().setId("personDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField name = new TextField();
        name.setId("personNameField");
        name.textProperty().bindBidirectional(form.nameProperty());
        name.setPrefColumnCount(26);
        TextField email = new TextField();
        email.setId("personEmailField");
        email.setPromptText("name@company.com");
        email.textProperty().bindBidirectional(form.emailProperty());
        ComboBox<Role> role = new ComboBox<>(form.roleChoices());
        role.setId("personRoleField");
        role.setConverter(dev.canopy.ui.common.ChoiceText.of(PersonRules::label));
        role.valueProperty().bindBidirectional(form.roleProperty());
        ComboBox<TenantNode> tenant = new ComboBox<>(FXCollections.observableArrayList(form.tenantChoices()));
        tenant.setId("personTenantField");
        tenant.setConverter(dev.canopy.ui.common.ChoiceText.of(n -> n == null ? "" : n.name()));
        tenant.valueProperty().bindBidirectional(form.tenantProperty());
        CheckBox active = new CheckBox("_Active");
        active.selectedProperty().bindBidirectional(form.activeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(12));
        addRow(grid, 0, "_Name", new VBox(3, name, error("personNameError", form, PersonFormModel.NAME)));
        addRow(grid, 1, "_E-mail", new VBox(3, email, error("personEmailError", form, PersonFormModel.EMAIL)));
        addRow(grid, 2, "_Role", new VBox(3, role, error("personRoleError", form, PersonFormModel.ROLE)));
        addRow(grid, 3, "_Tenant", tenant);
        addRow(grid, 4, "", active);
        getDialogPane().setContent(grid);

        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("personOkButton");
        ok.disableProperty().bind(form.validProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, click -> {
            click.consume();
            form.save(applied -> setResult(ButtonType.OK), refused -> {
                ErrorDialogs.show(owner, "That person was not saved", ErrorDialogs.unwrap(refused));
                setResult(ButtonType.CANCEL);
            });
        });
    }

    private static void addRow(GridPane form, int row, String caption, javafx.scene.Node field) {
        Label label = dev.canopy.ui.common.FieldLabel.of(caption, field);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    private static Label error(String id, PersonFormModel form, String field) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(340);
        label.textProperty().bind(form.errorProperty(field));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
