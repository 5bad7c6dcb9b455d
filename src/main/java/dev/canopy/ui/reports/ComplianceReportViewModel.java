package dev.canopy.ui.reports;

import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.ComplianceCsv;
import dev.canopy.reports.ComplianceFilter;
import dev.canopy.reports.ComplianceQuery;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.reports.Grouping;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import dev.canopy.reports.WholeFile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The compliance report window's state: the filters (tenant and sub-tenants, software, enforcement, status), the
 * grouping, the report as last run (long work with progress and cancel), its export to CSV, and the computers of
 * chosen rows opened in the Computers tab.
 */
public final class ComplianceReportViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Consumer<ComputerShortlist> openComputers;
    private final Consumer<UUID> openDeployment;
    private final ObjectProperty<UUID> tenant = new SimpleObjectProperty<>();
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty(true);
    private final StringProperty software = new SimpleStringProperty("");
    private final ObjectProperty<Enforcement> enforcement = new SimpleObjectProperty<>();
    private final ObjectProperty<ComplianceFilter.Status> status = new SimpleObjectProperty<>(ComplianceFilter.Status.ALL);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.TENANT);
    private final ReadOnlyObjectWrapper<ComplianceReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private RunningTask running;

    /** @param openDeployment shows a deployment in the Deployments tab of the tenant selected just before */
    public ComplianceReportViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Consumer<ComputerShortlist> openComputers,
                                     Consumer<UUID> openDeployment) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.openComputers = openComputers;
        this.openDeployment = openDeployment;
        tenant.set(tenants.selectedTenant());
    }

    /** The filters as the report reads them; several software names are separated by commas. */
    public ComplianceFilter filter() {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(software.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return new ComplianceFilter(tenant.get(), includeSubTenants.get(), names, enforcement.get(), status.get());
    }

    /** The filters in words, for a printed page's header: "Software: Google Chrome · any enforcement · non-compliant only". */
    public String filtersText() {
        ComplianceFilter f = filter();
        String what = f.software().isEmpty() ? "all software" : "software: " + String.join(", ", f.software());
        String enforced = f.enforcement() == null ? "any enforcement" : f.enforcement().label();
        String shown = switch (f.status()) {
            case ALL -> "compliant and not";
            case COMPLIANT -> "compliant only";
            case NON_COMPLIANT -> "non-compliant only";
        };
        return what + " · " + enforced + " · " + shown + " · grouped by " + grouping.get().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Runs the report with the filters as they are now; a run still going is cancelled first. */
    public void run() {
        if (!store.isOpen()) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        ComplianceFilter filter = filter();
        Grouping by = grouping.get();
        message.set("Computing the report…");
        running = tasks.start(BackgroundTask.of("Compliance report", progress -> ComplianceQuery.run(store.current(), filter, by)), done -> {
            running = null;
            report.set(done);
            message.set(String.format("%s · %s · %.1f%% compliant", done.scope(), Plural.count(done.totals().rows(), "row"),
                    done.totals().percentCompliant()));
        }, error -> {
            running = null;
            message.set(ErrorDialogs.messageFor(error));
        }, () -> {
            running = null;
            message.set("Report cancelled.");
        });
    }

    /** Writes the report shown to a CSV file: to a part file first, moved into place when complete (never half a file). */
    public void exportCsv(Path file) {
        ComplianceReport shown = report.get();
        if (shown == null) {
            return;
        }
        tasks.start(BackgroundTask.of("Exporting the compliance report", progress -> WholeFile.write(file, out -> ComplianceCsv.write(shown, out))), written -> message.set("Exported " + Plural.count(shown.totals().rows(), "row") + " to " + written + "."),
                error -> message.set("Could not export: " + ErrorDialogs.messageFor(error)), () -> message.set("Export cancelled."));
    }

    /** The computers of these rows in the Computers tab (the tenant the report covers, with its sub-tenants). */
    public void openComputers(Collection<ComplianceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.computerId()));
        UUID top = tenant.get() != null ? tenant.get() : tenants.hierarchy().root().map(TenantNode::id).orElse(null);
        if (top != null && !top.equals(tenants.selectedTenant())) {
            tenants.selectedTenantProperty().set(top);
        }
        openComputers.accept(new ComputerShortlist(Plural.count(ids.size(), "computer") + " from the compliance report", ids, true));
    }

    /** The row's effective deployment in the Deployments tab of the row's computer's tenant, where its "why" explains it. */
    public void openDeployment(ComplianceRow row) {
        tenants.selectedTenantProperty().set(row.tenantId());
        openDeployment.accept(row.deploymentId());
    }

    public String tenantName(UUID id) {
        return id == null ? "All tenants" : tenants.hierarchy().node(id).map(TenantNode::name).orElse("");
    }

    public List<TenantNode> tenantChoices() {
        return tenants.hierarchy().depthFirst();
    }

    public ObjectProperty<UUID> tenantProperty() {
        return tenant;
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }

    public StringProperty softwareProperty() {
        return software;
    }

    public ObjectProperty<Enforcement> enforcementProperty() {
        return enforcement;
    }

    public ObjectProperty<ComplianceFilter.Status> statusProperty() {
        return status;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyObjectProperty<ComplianceReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** What the report covers and its totals, progress, an export's outcome, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void dispose() {
        if (running != null) {
            running.cancel();
        }
    }
}
