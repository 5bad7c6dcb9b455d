package dev.canopy.ui.users;

import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.PeopleShortlist;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The people of the selected tenant (optionally of its whole subtree), filtered as the technician
 * types. Loads in the background whenever the selection or the data changes. Adding or editing a
 * person goes through a {@link PersonFormModel}; removing is one undoable command.
 */
public final class UsersViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> shown = new FilteredList<>(people);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(false);
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private final javafx.beans.property.ObjectProperty<PeopleShortlist> shortlist = new javafx.beans.property.SimpleObjectProperty<>();
    private final ChangeListener<UUID> leaveShortlist = (obs, old, now) -> shortlist.set(null);

    public UsersViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        tenants.selectedTenantProperty().addListener(reload);
        tenants.hierarchyProperty().addListener(reload);
        includeSubTenants.addListener(reload);
        filter.addListener((obs, old, text) -> applyFilter());
        tenants.selectedTenantProperty().addListener(leaveShortlist);  // a shortlist belongs to the tenant it was made for
        shortlist.addListener((obs, old, now) -> applyFilter());
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(reload);
        tenants.selectedTenantProperty().removeListener(leaveShortlist);
        tenants.hierarchyProperty().removeListener(reload);
        tasks.dropLoad(this);
    }

    public void load() {
        UUID tenant = tenants.selectedTenant();
        if (tenant == null || !store.isOpen()) {
            tasks.dropLoad(this);
            people.clear();
            return;
        }
        List<UUID> shownTenants = includeSubTenants.get() ? hierarchy().subtree(tenant) : List.of(tenant);
        tasks.load(this, () -> store.current().records(PersonKind.INSTANCE, shownTenants), people::setAll,
                error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    private void applyFilter() {
        String text = filter.get().strip().toLowerCase(Locale.ROOT);
        PeopleShortlist only = shortlist.get();
        shown.setPredicate(text.isEmpty() && only == null ? null : p -> (only == null || only.includes(p)) && (text.isEmpty()
                || p.displayName().toLowerCase(Locale.ROOT).contains(text)
                || p.email().contains(text) || tenantName(p.tenantId()).toLowerCase(Locale.ROOT).contains(text)));
    }

    /** Shows only these people (with the sub-tenants they were counted over) until cleared or another tenant is selected. */
    public void showOnly(PeopleShortlist list) {
        includeSubTenants.set(list.includeSubTenants());
        shortlist.set(list);
    }

    public void clearShortlist() {
        shortlist.set(null);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<PeopleShortlist> shortlistProperty() {
        return shortlist;
    }

    public String tenantName(UUID id) {
        return hierarchy().node(id).map(TenantNode::name).orElse("");
    }

    private TenantHierarchy hierarchy() {
        return tenants.hierarchy();
    }

    /** The tenants a person of the selected tenant may be assigned to: the tenant and its subtree. */
    List<TenantNode> assignableTenants() {
        UUID tenant = tenants.selectedTenant();
        return tenant == null ? List.of() : hierarchy().subtree(tenant).stream()
                .map(id -> hierarchy().node(id).orElseThrow()).toList();
    }

    /** A form for a new person in the selected tenant; empty when no tenant is selected. */
    public Optional<PersonFormModel> newPerson() {
        return edit(null);
    }

    /** A form over one of the shown people, or a new one when {@code person} is null. */
    public Optional<PersonFormModel> edit(Person person) {
        List<TenantNode> choices = assignableTenants();
        return choices.isEmpty() ? Optional.empty()
                : Optional.of(new PersonFormModel(person, choices, choices.get(0), store, tasks, commands));
    }

    /** What the technician confirms before a person is removed. */
    public String removeQuestion(Person person) {
        return "Remove " + person.displayName() + " (" + person.email() + ") from " + tenantName(person.tenantId())
                + "? You can undo this with Ctrl+Z.";
    }

    /** Removes a person as one undoable command; the list reloads with the tree. */
    public void remove(Person person, Consumer<Throwable> onRefused) {
        commands.execute(new DeleteRecord<>(PersonKind.INSTANCE, person.id()), applied -> { }, onRefused);
    }

    public FilteredList<Person> shownPeople() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }
}
