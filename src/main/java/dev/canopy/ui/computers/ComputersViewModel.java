package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The computers of the selected tenant (optionally its subtree), loaded in the background, filtered
 * as the technician types. Each reload replaces the list at once, so the table never shows a mix.
 */
public final class ComputersViewModel {

    private final EditorServices main;
    private final ObservableList<Computer> computers = FXCollections.observableArrayList();
    private final FilteredList<Computer> shown = new FilteredList<>(computers);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private Map<UUID, String> personNames = Map.of();

    public ComputersViewModel(EditorServices main) {
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

    private record Loaded(List<Computer> computers, Map<UUID, String> people) {
    }

    public void load() {
        UUID tenant = main.tenants().selectedTenantProperty().get();
        if (tenant == null || main.store().current() == null) {
            computers.clear();
            return;
        }
        List<UUID> tenants = includeSubTenants.get() ? subtree(tenant) : List.of(tenant);
        loading.set(true);
        main.tasks().load(this, () -> {
            Map<UUID, String> names = new HashMap<>();
            for (Person p : main.store().current().records(PersonKind.INSTANCE, tenants)) {
                names.put(p.id(), p.displayName());
            }
            return new Loaded(main.store().current().computers(tenants, false), names);
        }, loaded -> {  // only the newest load arrives: the table never shows an older one
            personNames = loaded.people();
            computers.setAll(loaded.computers());
            loading.set(false);
        }, error -> {
            loading.set(false);
            main.notices().setNotice(ErrorDialogs.messageFor(error));
        });
    }

    List<UUID> subtree(UUID top) {
        return main.tenants().hierarchyProperty().get().subtree(top);
    }

    private void applyFilter() {
        String text = filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(text.isEmpty() ? null : c -> c.name().toLowerCase(Locale.ROOT).contains(text)
                || c.os().toLowerCase(Locale.ROOT).contains(text) || personName(c).toLowerCase(Locale.ROOT).contains(text)
                || tenantName(c.tenantId()).toLowerCase(Locale.ROOT).contains(text)
                || c.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text)));
    }

    public String personName(Computer c) {
        return c.primaryPersonId() == null ? "" : personNames.getOrDefault(c.primaryPersonId(), "");
    }

    public String tenantName(UUID id) {
        return main.tenants().hierarchyProperty().get().node(id).map(TenantNode::name).orElse("");
    }

    EditorServices main() {
        return main;
    }

    public FilteredList<Computer> shownComputers() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
