package dev.canopy.ui.palette;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.FoundRecord;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The command palette's state: what the technician typed, and what matches it, best first. Actions and tenants
 * are matched at once from memory; computers and people are looked up in the store in the background (latest
 * query wins, so an older, slower answer never replaces a newer one) and merged in when they arrive.
 */
public final class CommandPaletteViewModel {

    /** At most this many tenants, and this many computers and people each, are listed. */
    static final int LIMIT = 20;
    private static final Comparator<PaletteItem> BEST_FIRST = Comparator.comparingInt(PaletteItem::rank)
            .thenComparing(PaletteItem::kind).thenComparing(PaletteItem::title, String.CASE_INSENSITIVE_ORDER);

    private final List<PaletteAction> actions;
    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final PaletteTargets targets;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PaletteItem> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ChangeListener<String> onQuery = (obs, old, now) -> search(now);

    public CommandPaletteViewModel(List<PaletteAction> actions, TenantContext tenants, StoreAccess store, TaskExecutor tasks,
                                   PaletteTargets targets) {
        this.actions = List.copyOf(actions);
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.targets = targets;
        query.addListener(onQuery);
        search("");
    }

    /** Stops listening and drops a lookup still on its way (the palette closed). */
    public void dispose() {
        query.removeListener(onQuery);
        tasks.dropLoad(this);
    }

    private void search(String raw) {
        String wanted = PaletteRanking.normalize(raw);
        List<PaletteItem> local = new ArrayList<>(matchingActions(wanted));
        if (wanted.isEmpty()) {
            tasks.dropLoad(this);
            results.setAll(local);  // nothing typed: every action, in menu order, to browse
            status.set("Type to find an action, a tenant, a computer or a person");
            return;
        }
        local.addAll(matchingTenants(wanted));
        local.sort(BEST_FIRST);
        results.setAll(local);
        if (!store.isOpen()) {
            status.set(summary(local.size()));
            return;
        }
        status.set("Looking for computers and people…");
        tasks.load(this, () -> store.current().findByName(wanted, LIMIT), found -> {
            List<PaletteItem> all = new ArrayList<>(local);
            found.forEach(record -> all.add(item(record, wanted)));
            all.sort(BEST_FIRST);
            results.setAll(all);
            status.set(summary(all.size()));
        }, error -> status.set("Computers and people could not be searched: " + ErrorDialogs.messageFor(error)));
    }

    private static String summary(int count) {
        return count == 0 ? "Nothing matches" : count == 1 ? "1 match" : count + " matches";
    }

    private List<PaletteItem> matchingActions(String wanted) {
        List<PaletteItem> found = new ArrayList<>();
        for (PaletteAction action : actions) {
            int rank = wanted.isEmpty() ? PaletteRanking.EXACT : Math.min(PaletteRanking.rank(action.name(), wanted),
                    Math.max(PaletteRanking.WORD_PREFIXES, PaletteRanking.rank(action.menu() + " " + action.name(), wanted)));
            if (rank != PaletteRanking.NONE) {
                found.add(new PaletteItem(PaletteItem.Kind.ACTION, action.name(), action.menu() + " menu", action.shortcut(),
                        action.enabled().getAsBoolean(), rank, action.run()));
            }
        }
        return found;
    }

    private List<PaletteItem> matchingTenants(String wanted) {
        TenantHierarchy hierarchy = tenants.hierarchy();
        List<PaletteItem> found = new ArrayList<>();
        for (TenantNode node : hierarchy.depthFirst()) {
            int rank = PaletteRanking.rank(node.name(), wanted);
            if (rank != PaletteRanking.NONE) {
                found.add(new PaletteItem(PaletteItem.Kind.TENANT, node.name(), where(hierarchy, node.parentId()), "", true, rank,
                        () -> targets.openTenant(node.id())));
            }
        }
        found.sort(BEST_FIRST);
        return found.size() > LIMIT ? found.subList(0, LIMIT) : found;
    }

    private PaletteItem item(FoundRecord record, String wanted) {
        int rank = Math.min(PaletteRanking.rank(record.name(), wanted), PaletteRanking.rank(record.detail(), wanted));
        String place = where(tenants.hierarchy(), record.tenantId());
        String detail = record.detail().isBlank() ? place : record.detail() + " · " + place;
        // the store found it by a LIKE the ranking may read differently (punctuation): it still matched
        int shown = rank == PaletteRanking.NONE ? PaletteRanking.CONTAINS : rank;
        return record.kind() == FoundRecord.Kind.COMPUTER
                ? new PaletteItem(PaletteItem.Kind.COMPUTER, record.name(), detail, "", true, shown, () -> targets.openComputer(record))
                : new PaletteItem(PaletteItem.Kind.PERSON, record.name(), detail, "", true, shown, () -> targets.openPerson(record));
    }

    /** "in Northwind › Acme", or "top of the tree" for the root. */
    private static String where(TenantHierarchy hierarchy, java.util.UUID parent) {
        return parent == null ? "top of the tree" : "in " + hierarchy.pathText(parent);
    }

    /**
     * Runs or opens an item; false (and a status saying why) when it cannot run now, e.g. Redo with nothing to redo.
     * The palette closes before calling this, so what the item opens owns the main window.
     */
    public boolean run(PaletteItem item) {
        if (!item.enabled()) {
            status.set(item.title() + " is not available now");
            return false;
        }
        item.open().run();
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The matches, best first (exact names, then starts, then words, then anywhere; actions before tenants on a tie). */
    public ObservableList<PaletteItem> results() {
        return results;
    }

    /** What the list shows in words: how many matches, that a lookup is on its way, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
