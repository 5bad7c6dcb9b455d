package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceTree;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.InheritedSchedules;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.AuditQuery;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import dev.canopy.ui.history.ChangeSummary;
import dev.canopy.ui.history.TenantNames;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One computer in detail: its inventory, the schedules and deployments that apply to it (with why), and its history. */
public final class ComputerDetailViewModel {

    static final String NOTHING_SELECTED = "Select a computer to see its inventory, schedules and deployments.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String OPT_OUT = "deployment.excludeFromCrossTenant";

    /** A deployment that reaches the computer: one line for the list, and why it is the one that applies. */
    public record ReachingDeployment(String summary, String why) {
    }

    private record Detail(Computer computer, List<String> schedules, List<ReachingDeployment> deployments, List<String> history) {
    }

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ObservableList<Software> inventory = FXCollections.observableArrayList();
    private final ObservableList<String> schedules = FXCollections.observableArrayList();
    private final ObservableList<ReachingDeployment> deployments = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();

    public ComputerDetailViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
    }

    /** Shows a computer (null: none), reading what applies to it in the background. */
    public void show(Computer computer) {
        if (computer == null || !store.isOpen()) {
            tasks.dropLoad(this);
            title.set(NOTHING_SELECTED);
            inventory.clear();
            schedules.clear();
            deployments.clear();
            history.clear();
            return;
        }
        title.set(computer.name() + " — " + computer.os() + " " + computer.osVersion() + ", serial " + computer.serialNumber());
        TenantHierarchy hierarchy = tenants.hierarchy();
        tasks.load(this, () -> detail(hierarchy, computer.id()), detail -> {
            if (detail == null) {
                return;
            }
            inventory.setAll(detail.computer().software());
            schedules.setAll(detail.schedules());
            deployments.setAll(detail.deployments());
            history.setAll(detail.history());
        }, error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    private Detail detail(TenantHierarchy hierarchy, UUID id) {
        LocalStore current = store.current();
        List<Computer> found = current.computersByIds(List.of(id), true);
        if (found.isEmpty()) {
            return null;
        }
        Computer computer = found.get(0);
        Function<UUID, String> tenantName = t -> hierarchy.node(t).map(TenantNode::name).orElse("?");
        List<UUID> path = hierarchy.path(computer.tenantId()).stream().map(TenantNode::id).toList();
        PreferenceTree preferences = PreferenceTree.of(hierarchy, TenantPreference.index(current.preferences()), PreferenceCatalogue.standard().all());
        ComputerContext context = ComputerContext.of(computer, path, tenant -> Boolean.parseBoolean(preferences.effective(tenant, OPT_OUT).value()));
        List<ReachingDeployment> reaching = DeploymentResolver.resolve(context, DeploymentIndex.of(current.records(DeploymentKind.INSTANCE, path)))
                .values().stream().map(r -> new ReachingDeployment(summary(r), r.why(tenantName))).toList();
        List<String> applying = InheritedSchedules.forTenant(path, current.records(ScheduleKind.INSTANCE, path)).stream()
                .map(s -> ScheduleLine.of(s, tenantName)).toList();
        TenantNames names = TenantNames.read(current);
        List<String> changes = current.audit(new AuditQuery(null, id, null, null, 200)).stream()
                .map(a -> WHEN.format(dev.canopy.ui.common.DisplayZone.of(a.at())) + "  " + a.actor() + "  " + a.action() + "  "
                        + names.nameIds(ChangeSummary.of(a.changes())))
                .toList();
        return new Detail(computer, applying, reaching, changes);
    }

    private static String summary(Resolution r) {
        String version = r.winner().version().isEmpty() ? "" : " " + r.winner().version();
        return r.software() + " — " + r.winner().desiredState().label() + version + " (" + r.winner().scope().label() + ")";
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Software> inventory() {
        return inventory;
    }

    /** The schedules that apply, "(from X)" for those inherited from tenant X. */
    public ObservableList<String> schedules() {
        return schedules;
    }

    public ObservableList<ReachingDeployment> deployments() {
        return deployments;
    }

    /** The computer's changes, newest first, with tenant ids shown as names. */
    public ObservableList<String> history() {
        return history;
    }
}
