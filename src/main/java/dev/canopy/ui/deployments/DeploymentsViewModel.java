package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.DeploymentWording;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.DeploymentRules;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.deployment.ExceptionTarget;
import dev.canopy.domain.deployment.Origin;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.domain.preference.EffectivePreferences;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The deployments that reach the selected tenant (own, inherited, cross-tenant) and the edits made
 * on them. Loads in the background whenever the selection or the hierarchy changes (every command
 * reloads the hierarchy, so that is also the "something changed" signal); each edit is one
 * undoable command.
 */
public final class DeploymentsViewModel {

    private static final SettingDefinition EXCLUDE_FROM_CROSS_TENANT =
            PreferenceCatalogue.standard().find("deployment.excludeFromCrossTenant").orElseThrow();

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final ObservableList<ReachingDeployment> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeploymentsSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    /** The deployment the table should keep (or put) its selection on across reloads. */
    private final ObjectProperty<UUID> focusedDeployment = new SimpleObjectProperty<>();
    private final ChangeListener<Object> reload = (obs, old, now) -> load();
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private boolean stale;
    private boolean replacingRows;

    public DeploymentsViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        tenants.selectedTenantProperty().addListener(reload);
        tenants.hierarchyProperty().addListener(reload);
        showing.addListener((obs, was, now) -> {
            if (now && stale) {
                load();
            }
        });
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(reload);
        tenants.hierarchyProperty().removeListener(reload);
    }

    /** Reads the store now if the tab is showing; otherwise when it next shows. */
    public void load() {
        if (!showing.get()) {
            stale = true;  // nobody looks: spare the read lane
            return;
        }
        stale = false;
        UUID tenant = tenants.selectedTenant();
        TenantHierarchy hierarchy = tenants.hierarchy();
        LocalStore opened = store.current();
        if (tenant == null || opened == null || hierarchy.node(tenant).isEmpty()) {
            tasks.dropLoad(this);
            rows.clear();
            snapshot.set(null);
            return;
        }
        List<UUID> path = hierarchy.path(tenant).stream().map(TenantNode::id).toList();
        tasks.load(this, () -> read(opened, hierarchy, tenant, path), loaded -> {
            replacingRows = true;
            try {
                rows.setAll(loaded.rows());
            } finally {
                replacingRows = false;
            }
            snapshot.set(loaded);
        }, error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    /** On a load thread. */
    private DeploymentsSnapshot read(LocalStore store, TenantHierarchy hierarchy, UUID tenant, List<UUID> path) {
        List<Deployment> ownedOnPath = store.records(DeploymentKind.INSTANCE, path);
        boolean optsOut = Boolean.parseBoolean(EffectivePreferences.of(hierarchy, tenant, TenantPreference.index(store.preferences()))
                .resolve(EXCLUDE_FROM_CROSS_TENANT).value());
        List<ReachingDeployment> reaching = DeploymentResolver.reaching(tenant, path, ownedOnPath, optsOut);
        // the tenant's own live computers, without inventory: resolution needs only id, tenant and tags
        List<WhyComputer> computers = store.computers(List.of(tenant), false).stream()
                .map(c -> WhyComputer.real(c.id(), c.tenantId(), c.name(), c.tags())).toList();
        return new DeploymentsSnapshot(tenant, path, ownedOnPath, reaching, optsOut, computers);
    }

    /** Creates or edits an own deployment. */
    public void save(Deployment deployment, Consumer<Throwable> onRefused) {
        focusedDeployment.set(deployment.id());
        commands.execute(new SaveRecord<>(DeploymentKind.INSTANCE, deployment), applied -> { }, onRefused);
    }

    public void delete(Deployment deployment, Consumer<Throwable> onRefused) {
        commands.execute(new DeleteRecord<>(DeploymentKind.INSTANCE, deployment.id()), applied -> { }, onRefused);
    }

    /**
     * Saves the more specific NOT_PRESENT or IGNORE deployment that makes an exception, for the
     * selected tenant and its child tenants, to an inherited or cross-tenant deployment.
     */
    public void makeException(ReachingDeployment row, DesiredState state, Consumer<Throwable> onRefused) {
        UUID tenant = tenants.selectedTenant();
        Deployment exception;
        try {
            ownTenantDeploymentOf(row.deployment().software()).ifPresent(own -> {
                // the exception would be a second TENANT deployment of this software here: a tie, not a win
                throw new RuleViolation("software", tenantName(tenant) + " already has its own deployment of "
                        + own.software() + " (" + DeploymentWording.desiredState(own) + "); edit that one instead.");
            });
            exception = DeploymentRules.exceptionFor(row.deployment(), ExceptionTarget.tenant(tenant), state,
                    UUID.randomUUID(), RecordMeta.created(Instant.now(), ""));
        } catch (RuleViolation refused) {
            onRefused.accept(refused);
            return;
        }
        save(exception, onRefused);
    }

    private Optional<Deployment> ownTenantDeploymentOf(String software) {
        return rows.stream()
                .filter(r -> r.origin() == Origin.OWN && r.deployment().scope() == DeploymentScope.TENANT)
                .map(ReachingDeployment::deployment)
                .filter(d -> d.software().equalsIgnoreCase(software.strip()))
                .findFirst();
    }

    /** A new deployment's starting values: owned by the selected tenant, Tenant scope, Latest, Required. */
    private Deployment newDeployment() {
        return new Deployment(UUID.randomUUID(), tenants.selectedTenant(), "", DesiredState.LATEST, "",
                Enforcement.REQUIRED, DeploymentScope.TENANT, false, List.of(), "",
                DeploymentOrder.UNORDERED, true, RecordMeta.created(Instant.now(), ""));
    }

    /** The dialog's state for a new deployment of the selected tenant. */
    public DeploymentForm newForm() {
        return form(newDeployment(), false);
    }

    /** The dialog's state for editing one of the selected tenant's own deployments. */
    public DeploymentForm editForm(Deployment own) {
        return form(own, true);
    }

    private DeploymentForm form(Deployment start, boolean editing) {
        DeploymentsSnapshot s = snapshot.get();
        // the owner is the tenant shown, so the snapshot's computers are the owner's
        List<WhyComputer> computers = s == null ? List.of() : s.computers();
        List<Deployment> owned = s == null ? List.of()
                : s.ownedOnPath().stream().filter(d -> d.ownerTenantId().equals(start.ownerTenantId())).toList();
        return new DeploymentForm(start, editing, tenantName(start.ownerTenantId()), mspRootTenant(), computers, owned);
    }

    /** What the selected row (or the tenant's opt-out) means for the technician, under the table; "" for nothing. */
    public String hint(ReachingDeployment selected) {
        if (selected != null && selected.origin() != Origin.OWN) {
            return DeploymentText.readOnlyHint(selected, this::tenantName);
        }
        DeploymentsSnapshot s = snapshot.get();
        if (s != null && s.optsOutOfCrossTenant()) {
            return tenantName(s.tenantId()) + " opts out of cross-tenant deployments (preference "
                    + "\"Exclude from cross-tenant deployments\"), so none are listed here.";
        }
        return "";
    }

    /** The question before deleting an own deployment. */
    public String deleteQuestion(Deployment d) {
        return "Delete the deployment of " + d.software() + " (" + DeploymentWording.desiredState(d) + ", " + DeploymentWording.scope(d)
                + ") from " + tenantName(d.ownerTenantId()) + "? You can undo this with Ctrl+Z.";
    }

    public String tenantName(UUID id) {
        return tenants.hierarchy().node(id).map(TenantNode::name).orElse("an unknown tenant");
    }


    /** The MSP root: the only tenant that may own a cross-tenant deployment. */
    private UUID mspRootTenant() {
        var hierarchy = tenants.hierarchy();
        return hierarchy.root().map(TenantNode::id).filter(hierarchy::isMspRoot).orElse(null);  // not a scoped copy's top
    }

    /** Bound to the tab's selection: while false, changes only mark the rows stale. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public ObservableList<ReachingDeployment> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<DeploymentsSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /**
     * True while a reload replaces the rows: the table's selection then moves on its own, which must
     * not be taken for the technician choosing another deployment.
     */
    public boolean replacingRows() {
        return replacingRows;
    }

    public ObjectProperty<UUID> focusedDeploymentProperty() {
        return focusedDeployment;
    }
}
