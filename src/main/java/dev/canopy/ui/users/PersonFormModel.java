package dev.canopy.ui.users;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Adding or editing one person: name, e-mail, role, tenant, active. Each field is checked by
 * {@link PersonRules} as the technician types, with the rule's message at the field; the role
 * choices are the roles the technician may grant in the chosen tenant; the e-mail must be unique
 * among that tenant's people (read from the store). Saved as one command.
 */
public final class PersonFormModel {

    /** The fields that show a message, named as the rules name them. */
    public static final String NAME = "displayName";
    public static final String EMAIL = "email";
    public static final String ROLE = "role";

    private final Person editing;
    private final List<TenantNode> tenantChoices;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<TenantNode> tenant = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<Role> roleChoices = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> errors = Map.of(
            NAME, new ReadOnlyStringWrapper(""), EMAIL, new ReadOnlyStringWrapper(""), ROLE, new ReadOnlyStringWrapper(""));
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The chosen tenant's people, for the e-mail check; the store checks again on save. */
    private List<Person> tenantPeople = List.of();

    /** editing is null for a new person, who starts in initialTenant. */
    PersonFormModel(Person editing, List<TenantNode> tenantChoices, TenantNode initialTenant,
                    StoreAccess store, TaskExecutor tasks, Commands commands) {
        this.editing = editing;
        this.tenantChoices = List.copyOf(tenantChoices);
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        if (editing != null) {
            name.set(editing.displayName());
            email.set(editing.email());
            role.set(editing.role());
            active.set(editing.active());
        }
        name.addListener((o, a, b) -> validate());
        email.addListener((o, a, b) -> validate());
        role.addListener((o, a, b) -> validate());
        tenant.addListener((o, a, now) -> tenantChosen(now));
        tenant.set(editing == null ? initialTenant
                : this.tenantChoices.stream().filter(t -> t.id().equals(editing.tenantId())).findFirst().orElse(initialTenant));
    }

    private void tenantChosen(TenantNode chosen) {
        List<Role> roles = new ArrayList<>();
        roles.add(null);
        if (chosen != null) {
            roles.addAll(PersonRules.grantableRoles(chosen.kind(), chosen.name(), PersonKind.LOCAL_TECHNICIAN_ROLE, true));
        }
        roleChoices.setAll(roles);
        tenantPeople = List.of();
        validate();
        if (chosen != null && store.isOpen()) {
            tasks.load(this, () -> store.current().records(PersonKind.INSTANCE, List.of(chosen.id())), people -> {
                tenantPeople = people;
                validate();
            }, unreadable -> validate());
        }
    }

    private void validate() {
        TenantNode chosen = tenant.get();
        boolean ok = check(NAME, () -> PersonRules.checkName(name.get()));
        ok &= check(EMAIL, () -> {
            String checked = PersonRules.checkEmail(email.get());
            if (chosen != null) {
                PersonRules.checkUniqueEmail(editing == null ? null : editing.id(), checked, tenantPeople, chosen.name());
            }
        });
        ok &= check(ROLE, () -> {
            if (chosen != null) {
                PersonRules.checkRole(role.get(), chosen.kind(), chosen.name(), PersonKind.LOCAL_TECHNICIAN_ROLE, true);
            }
        });
        valid.set(ok && chosen != null);
    }

    private boolean check(String field, Runnable rule) {
        try {
            rule.run();
            errors.get(field).set("");
            return true;
        } catch (RuleViolation refused) {
            errors.get(field).set(refused.getMessage());
            return false;
        }
    }

    /**
     * Saves the person as one command. A refusal about one of the fields lands at that field (the
     * data changed since the form checked it); any other goes to onRefused.
     */
    public void save(Consumer<Command.Applied> onSaved, Consumer<Throwable> onRefused) {
        if (!valid.get()) {
            return;
        }
        RecordMeta meta = editing == null ? RecordMeta.created(Instant.now(), "") : editing.meta();
        Person person = new Person(editing == null ? UUID.randomUUID() : editing.id(), tenant.get().id(), name.get(), email.get(),
                role.get(), active.get(), editing == null ? List.of() : editing.externalRefs(), meta);
        commands.execute(new SaveRecord<>(PersonKind.INSTANCE, person), onSaved, error -> {
            if (ErrorDialogs.unwrap(error) instanceof RuleViolation refused && refused.field() != null && errors.containsKey(refused.field())) {
                errors.get(refused.field()).set(refused.getMessage());
                valid.set(false);
            } else {
                onRefused.accept(error);
            }
        });
    }

    public String title() {
        return editing == null ? "Add person" : "Edit " + editing.displayName();
    }

    public String header() {
        return editing == null ? "Add a person to " + (tenant.get() == null ? "" : tenant.get().name()) : "Edit " + editing.displayName();
    }

    public List<TenantNode> tenantChoices() {
        return tenantChoices;
    }

    /** "No access" (null) first, then the roles the technician may grant in the chosen tenant. */
    public ObservableList<Role> roleChoices() {
        return roleChoices;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<TenantNode> tenantProperty() {
        return tenant;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** The rule's message for a field ({@link #NAME}, {@link #EMAIL}, {@link #ROLE}), or "". */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** True when every field passes its rules (OK is enabled). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
