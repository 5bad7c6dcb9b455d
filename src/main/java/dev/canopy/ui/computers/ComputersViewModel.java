package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
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

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final ObservableList<Computer> computers = FXCollections.observableArrayList();
    private final FilteredList<Computer> shown = new FilteredList<>(computers);
    private final ObservableList<Computer> selection = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableStringValue countText;
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private final ObjectProperty<ComputerShortlist> shortlist = new SimpleObjectProperty<>();
    private final ChangeListener<UUID> leaveShortlist = (obs, old, now) -> shortlist.set(null);
    private Map<UUID, String> personNames = Map.of();

    public ComputersViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
        tenants.selectedTenantProperty().addListener(leaveShortlist);  // a shortlist belongs to the tenant it was made for
        tenants.selectedTenantProperty().addListener(reload);
        tenants.hierarchyProperty().addListener(reload);
        includeSubTenants.addListener(reload);
        filter.addListener((obs, old, text) -> applyFilter());
        shortlist.addListener((obs, old, now) -> applyFilter());
        countText = Bindings.createStringBinding(() -> loading.get() ? "Loading computers…"
                        : Plural.count(shown.size(), "computer")
                        + String.format(" · %,d selected · drag the selection onto a tenant to reassign", selection.size()),
                loading, shown, selection);
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(leaveShortlist);
        tenants.selectedTenantProperty().removeListener(reload);
        tenants.hierarchyProperty().removeListener(reload);
    }

    private record Loaded(List<Computer> computers, Map<UUID, String> people) {
    }

    public void load() {
        UUID tenant = tenants.selectedTenant();
        if (tenant == null || !store.isOpen()) {
            tasks.dropLoad(this);
            computers.clear();
            loading.set(false);
            return;
        }
        List<UUID> scope = includeSubTenants.get() ? tenants.hierarchy().subtree(tenant) : List.of(tenant);
        loading.set(true);
        tasks.load(this, () -> {
            Map<UUID, String> names = new HashMap<>();
            for (Person p : store.current().records(PersonKind.INSTANCE, scope)) {
                names.put(p.id(), p.displayName());
            }
            return new Loaded(store.current().computers(scope, false), names);
        }, loaded -> {  // only the newest load arrives: the table never shows an older one
            personNames = loaded.people();
            computers.setAll(loaded.computers());
            loading.set(false);
        }, error -> {
            loading.set(false);
            notices.setNotice(ErrorDialogs.messageFor(error));
        });
    }

    private void applyFilter() {
        String text = filter.get().strip().toLowerCase(Locale.ROOT);
        ComputerShortlist only = shortlist.get();
        if (text.isEmpty() && only == null) {
            shown.setPredicate(null);
            return;
        }
        shown.setPredicate(c -> (only == null || only.computerIds().contains(c.id())) && (text.isEmpty() || matches(c, text)));
    }

    private boolean matches(Computer c, String text) {
        return c.name().toLowerCase(Locale.ROOT).contains(text)
                || c.os().toLowerCase(Locale.ROOT).contains(text) || personName(c).toLowerCase(Locale.ROOT).contains(text)
                || tenantName(c.tenantId()).toLowerCase(Locale.ROOT).contains(text)
                || c.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text));
    }

    /** The computers the table shows now (filter and shortlist applied), as CSV: long work, the file whole or not at all. */
    public void exportCsv(java.nio.file.Path file, java.time.ZoneId zone) {
        List<Computer> rows = List.copyOf(shown);
        Map<UUID, String> people = personNames;
        var hierarchy = tenants.hierarchy();
        tasks.start(dev.canopy.ui.common.BackgroundTask.of("Exporting computers", progress -> dev.canopy.reports.WholeFile.write(file,
                out -> dev.canopy.reports.ComputersCsv.write(rows, hierarchy::pathText, id -> people.getOrDefault(id, ""),
                        java.time.Instant.now(), zone, out))),
                written -> notices.setNotice("Exported " + Plural.count(rows.size(), "computer") + " to " + written + "."),
                error -> notices.setNotice("Could not export: " + ErrorDialogs.messageFor(error)), () -> { });
    }

    /**
     * Shows only these computers (with the sub-tenants they were counted over) until the technician clears it or
     * selects another tenant; the text filter still narrows them.
     */
    public void showOnly(ComputerShortlist list) {
        includeSubTenants.set(list.includeSubTenants());
        shortlist.set(list);
    }

    public void clearShortlist() {
        shortlist.set(null);
    }

    public ReadOnlyObjectProperty<ComputerShortlist> shortlistProperty() {
        return shortlist;
    }

    public String personName(Computer c) {
        return c.primaryPersonId() == null ? "" : personNames.getOrDefault(c.primaryPersonId(), "");
    }

    public String tenantName(UUID id) {
        return tenants.hierarchy().node(id).map(TenantNode::name).orElse("");
    }

    /** The title of the tenant picker that reassigns the selection: "Reassign 2 computers to…". */
    public String reassignTitle() {
        return "Reassign " + Plural.count(selection.size(), "computer") + " to…";
    }

    public List<UUID> selectedIds() {
        return selection.stream().map(Computer::id).toList();
    }

    public FilteredList<Computer> shownComputers() {
        return shown;
    }

    /** The computers the technician has selected; the table keeps it up to date. */
    public ObservableList<Computer> selection() {
        return selection;
    }

    /** "3 computers · 1 selected · drag the selection onto a tenant to reassign", or that they are loading. */
    public ObservableStringValue countText() {
        return countText;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }

}
