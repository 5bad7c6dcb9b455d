package dev.canopy.ui.users;

import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
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
import java.util.UUID;

/**
 * The people of the selected tenant (optionally of its whole subtree), filtered as the technician
 * types. Loads in the background whenever the selection or the data changes.
 */
public final class UsersViewModel {

    private final EditorServices main;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> shown = new FilteredList<>(people);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(false);
    private final ChangeListener<Object> reload = (obs, old, now) -> load();

    public UsersViewModel(EditorServices main) {
        this.main = main;
        main.tenants().selectedTenantProperty().addListener(reload);
        main.tenants().hierarchyProperty().addListener(reload);
        includeSubTenants.addListener(reload);
        filter.addListener((obs, old, text) -> applyFilter());
    }

    public void dispose() {
        main.tenants().selectedTenantProperty().removeListener(reload);
        main.tenants().hierarchyProperty().removeListener(reload);
    }

    public void load() {
        UUID tenant = main.tenants().selectedTenantProperty().get();
        if (tenant == null || main.store().current() == null) {
            people.clear();
            return;
        }
        List<UUID> tenants = includeSubTenants.get() ? subtree(tenant) : List.of(tenant);
        main.tasks().load(this, () -> main.store().current().records(PersonKind.INSTANCE, tenants), people::setAll, error -> main.notices().setNotice(ErrorDialogs.messageFor(error)));
    }

    private List<UUID> subtree(UUID top) {
        return main.tenants().hierarchyProperty().get().subtree(top);
    }

    private void applyFilter() {
        String text = filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(text.isEmpty() ? null : p -> p.displayName().toLowerCase(Locale.ROOT).contains(text)
                || p.email().contains(text) || tenantName(p.tenantId()).toLowerCase(Locale.ROOT).contains(text));
    }

    public String tenantName(UUID id) {
        return hierarchy().node(id).map(TenantNode::name).orElse("");
    }

    TenantHierarchy hierarchy() {
        return main.tenants().hierarchyProperty().get();
    }

    EditorServices main() {
        return main;
    }

    /** The tenants a person of the selected tenant may be assigned to: the tenant and its subtree. */
    List<TenantNode> assignableTenants() {
        UUID tenant = main.tenants().selectedTenantProperty().get();
        return tenant == null ? List.of() : subtree(tenant).stream().map(id -> hierarchy().node(id).orElseThrow()).toList();
    }

    /** Everyone already loaded, for the e-mail uniqueness check (the dialog asks the store for other tenants). */
    List<Person> loadedPeople() {
        return List.copyOf(people);
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
