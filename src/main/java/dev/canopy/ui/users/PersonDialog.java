package dev.canopy.ui.users;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantNode;
import javafx.collections.FXCollections;
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
import javafx.util.StringConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Add or edit a person: name, e-mail, role, tenant, active. OK stays disabled until every field is
 * valid (valid and unique e-mail in the tenant, a role this tenant allows), with the reason under
 * the field.
 */
final class PersonDialog extends Dialog<Person> {

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<TenantNode> tenant = new ComboBox<>();
    private final CheckBox active = new CheckBox("Active");
    private final Label nameError = error("personNameError");
    private final Label emailError = error("personEmailError");
    private final Label roleError = error("personRoleError");
    private final List<Person> known;
    private final Person editing;

    PersonDialog(Window owner, Person editing, List<TenantNode> tenants, TenantNode initialTenant, List<Person> known) {
        this.editing = editing;
        this.known = known;
        initOwner(owner);
        setTitle(editing == null ? "Add person" : "Edit " + editing.displayName());
        setHeaderText(editing == null ? "Add a person to " + initialTenant.name() : "Edit " + editing.displayName());
        getDialogPane().setId("personDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        name.setId("personNameField");
        email.setId("personEmailField");
        email.setPromptText("name@company.com");
        role.setId("personRoleField");
        tenant.setId("personTenantField");
        tenant.setItems(FXCollections.observableArrayList(tenants));
        tenant.setConverter(converter(n -> n == null ? "" : n.name()));
        role.setConverter(converter(PersonRules::label));
        tenant.valueProperty().addListener((obs, old, now) -> refreshRoles());

        tenant.setValue(editing == null ? initialTenant : tenants.stream().filter(t -> t.id().equals(editing.tenantId())).findFirst().orElse(initialTenant));
        refreshRoles();
        if (editing != null) {
            name.setText(editing.displayName());
            email.setText(editing.email());
            role.setValue(editing.role());
            active.setSelected(editing.active());
        } else {
            active.setSelected(true);
        }

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        form.setPadding(new Insets(12));
        addRow(form, 0, "Name", new VBox(3, name, nameError));
        addRow(form, 1, "E-mail", new VBox(3, email, emailError));
        addRow(form, 2, "Role", new VBox(3, role, roleError));
        addRow(form, 3, "Tenant", tenant);
        addRow(form, 4, "", active);
        name.setPrefColumnCount(26);
        getDialogPane().setContent(form);

        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("personOkButton");
        Runnable validate = () -> ok.setDisable(!validate());
        name.textProperty().addListener((o, a, b) -> validate.run());
        email.textProperty().addListener((o, a, b) -> validate.run());
        role.valueProperty().addListener((o, a, b) -> validate.run());
        tenant.valueProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        setResultConverter(button -> button == ButtonType.OK ? build() : null);
    }

    private void refreshRoles() {
        TenantNode t = tenant.getValue();
        List<Role> roles = new ArrayList<>();
        roles.add(null);
        roles.addAll(Arrays.stream(Role.values()).filter(r -> r != Role.MSP_ADMIN || t != null && t.parentId() == null).toList());
        Role chosen = role.getValue();
        role.setItems(FXCollections.observableArrayList(roles));
        role.setValue(roles.contains(chosen) ? chosen : null);
    }

    /** Checks every field; shows each message under its field; true when all are valid. */
    private boolean validate() {
        boolean valid = check(nameError, () -> PersonRules.checkName(name.getText()));
        valid &= check(emailError, () -> {
            String checked = PersonRules.checkEmail(email.getText());
            TenantNode t = tenant.getValue();
            List<Person> sameTenant = known.stream().filter(p -> t != null && p.tenantId().equals(t.id())).toList();
            PersonRules.checkUniqueEmail(new Person(editing == null ? new UUID(0, 0) : editing.id(), t == null ? null : t.id(),
                    "", checked, null, true, RecordMeta.created(Instant.EPOCH, "")), sameTenant, t == null ? "" : t.name());
        });
        valid &= check(roleError, () -> {
            TenantNode t = tenant.getValue();
            if (t != null && role.getValue() == Role.MSP_ADMIN && t.parentId() != null) {
                throw new RuleViolation("role", "MSP admin exists only in the MSP tenant.");
            }
        });
        return valid && tenant.getValue() != null;
    }

    private static boolean check(Label error, Runnable rule) {
        try {
            rule.run();
            error.setText("");
            return true;
        } catch (RuleViolation violation) {
            error.setText(violation.getMessage());
            return false;
        }
    }

    private Person build() {
        RecordMeta meta = editing == null ? RecordMeta.created(Instant.now(), "") : editing.meta();
        return new Person(editing == null ? UUID.randomUUID() : editing.id(), tenant.getValue().id(), name.getText(), email.getText(),
                role.getValue(), active.isSelected(), meta);
    }

    Optional<Person> ask() {
        return showAndWait();
    }

    private static void addRow(GridPane form, int row, String caption, javafx.scene.Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(340);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
