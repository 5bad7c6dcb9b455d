package dev.canopy.ui.overview;

import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.FleetFacts;
import dev.canopy.reports.FleetFactsBuilder;
import dev.canopy.reports.OverviewQuery;
import dev.canopy.reports.TenantOverview;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.PeopleShortlist;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import java.util.Optional;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The overview of the selected tenant. The fleet's facts are read in the background as long work (progress in the
 * status bar, cancellable) once per state of the data, and only while the tab shows; counting a tenant is then quick
 * and runs on the load lane. After an edit the previous numbers stay up, marked as being refreshed, until the new
 * facts arrive. Every number opens the computers behind it in the Computers tab.
 */
public final class OverviewViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Consumer<ComputerShortlist> openComputers;
    private final Consumer<PeopleShortlist> openPeople;
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(true);
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<TenantOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ChangeListener<Object> refresh = (obs, old, now) -> refresh();
    private FleetFacts facts;
    private TenantHierarchy factsOf;
    private RunningTask building;
    private TenantHierarchy buildingFor;

    public OverviewViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Clock clock, Consumer<ComputerShortlist> openComputers,
                             Consumer<PeopleShortlist> openPeople) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.openComputers = openComputers;
        this.openPeople = openPeople;
        tenants.selectedTenantProperty().addListener(refresh);
        tenants.hierarchyProperty().addListener(refresh);
        includeSubTenants.addListener(refresh);
        showing.addListener(refresh);
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(refresh);
        tenants.hierarchyProperty().removeListener(refresh);
        if (building != null) {
            building.cancel();
        }
    }

    /** Counts the selected tenant now if the facts are current; reads them first (in the background) if not. */
    public void refresh() {
        UUID tenant = tenants.selectedTenant();
        TenantHierarchy hierarchy = tenants.hierarchy();
        if (tenant == null || !store.isOpen() || hierarchy.node(tenant).isEmpty()) {
            tasks.dropLoad(this);
            overview.set(null);
            return;
        }
        if (!showing.get()) {
            return;
        }
        if (factsOf != hierarchy) {
            readFacts(hierarchy);
        }
        if (facts != null) {
            count(tenant, hierarchy, facts);
        }
    }

    private void readFacts(TenantHierarchy hierarchy) {
        if (building != null && buildingFor == hierarchy) {
            return;
        }
        if (building != null) {
            building.cancel();  // the data changed again: its facts would be stale on arrival
        }
        note.set(facts == null ? "Reading " + Plural.count(hierarchy.totalComputers(), "computer") + "…"
                : "Refreshing after your change…");
        buildingFor = hierarchy;
        building = tasks.start(BackgroundTask.of("Reading computers for the overview", progress ->
                new FleetFactsBuilder(store.current(), clock).build(hierarchy, progress::isCancelled)), read -> {
            building = null;
            facts = read;
            factsOf = hierarchy;
            note.set("");
            refresh();
        }, error -> {
            building = null;
            note.set(ErrorDialogs.messageFor(error));
        }, () -> building = null);
    }

    private void count(UUID tenant, TenantHierarchy hierarchy, FleetFacts read) {
        boolean subtree = includeSubTenants.get();
        tasks.load(this, () -> OverviewQuery.of(store.current(), hierarchy, read, tenant, subtree, clock.instant()),
                overview::set, error -> note.set(ErrorDialogs.messageFor(error)));
    }

    // --- the lists behind the numbers ---

    public void openStatus(ComputerStatus status) {
        open(Plural.count(count(status), status.name().toLowerCase(java.util.Locale.ROOT) + " computer"),
                selection().withStatus(status, clock.instant()));
    }

    public void openVerdict(FleetFacts.Verdict verdict) {
        String what = switch (verdict) {
            case COMPLIANT -> "compliant computer";
            case NON_COMPLIANT -> "non-compliant computer";
            case UNKNOWN -> "computer without inventory";
        };
        List<UUID> ids = selection().withVerdict(verdict);
        open(Plural.count(ids.size(), what), ids);
    }

    public void openFailing(String software) {
        List<UUID> ids = selection().failing(software);
        open(Plural.count(ids.size(), "computer") + " failing " + software, ids);
    }

    public void openInstalling(String software, String version) {
        List<UUID> ids = selection().installing(software, version);
        open(Plural.count(ids.size(), "computer") + " with " + software + (version == null ? "" : " " + version), ids);
    }

    /** One computer (a maintenance session's) in the Computers tab. */
    public void openComputer(UUID computerId, String name) {
        TenantOverview shown = overview.get();
        openComputers.accept(new ComputerShortlist(name, java.util.Set.of(computerId), shown != null && shown.subtree()));
    }

    /** The active people of one role (empty: with no app access) in the Users tab, over the tenants the overview counted. */
    public void openPeople(Optional<Role> role) {
        TenantOverview shown = overview.get();
        if (shown == null) {
            return;
        }
        int n = shown.people().getOrDefault(role, 0);
        String of = tenants.hierarchy().node(shown.tenantId()).map(TenantNode::name).orElse("");
        String who = role.map(r -> Plural.count(n, PersonRules.label(r).toLowerCase(java.util.Locale.ROOT)))
                .orElse((n == 1 ? "1 person" : String.format("%,d people", n)) + " with no app access");
        openPeople.accept(new PeopleShortlist(who + (shown.subtree() ? " in " : " of ") + of, role, shown.subtree()));
    }

    /** A client in the MSP's ranking: its own overview. */
    public void openTenant(UUID tenantId) {
        tenants.selectedTenantProperty().set(tenantId);
    }

    private int count(ComputerStatus status) {
        TenantOverview shown = overview.get();
        return shown == null ? 0 : shown.status().get(status);
    }

    /** The computers the overview shown counted; none before it shows (a click then opens nothing). */
    private FleetFacts.Selection selection() {
        TenantOverview shown = overview.get();
        if (shown == null || facts == null) {
            return FleetFacts.EMPTY.select(List.of());
        }
        TenantHierarchy hierarchy = tenants.hierarchy();
        List<UUID> scope = shown.subtree() ? hierarchy.subtree(shown.tenantId()) : List.of(shown.tenantId());
        return facts.select(new HashSet<>(scope));
    }

    private void open(String what, List<UUID> ids) {
        TenantOverview shown = overview.get();
        if (shown == null) {
            return;
        }
        String of = tenants.hierarchy().node(shown.tenantId()).map(TenantNode::name).orElse("");
        openComputers.accept(new ComputerShortlist(what + (shown.subtree() ? " in " : " of ") + of, new HashSet<>(ids), shown.subtree()));
    }

    public ReadOnlyObjectProperty<TenantOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** "Reading 100,000 computers…", "Refreshing after your change…", a failure, or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }

    /** Bound to the tab's selection: the fleet is read only while the overview shows. */
    public BooleanProperty showingProperty() {
        return showing;
    }
}
