package dev.canopy.ui.reports;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.WholeFile;
import dev.canopy.reports.documentation.DocumentFormat;
import dev.canopy.reports.documentation.DocumentationQuery;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.BufferedOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Reports → Tenant documentation…: the selected tenant, with its sub-tenants or not, as PDF or HTML, written in the
 * background (progress and cancel in the status bar) to a part file moved into place when complete.
 */
public final class DocumentationViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final Clock clock;
    private final UUID tenant;
    private final BooleanProperty includeSubTenants = new SimpleBooleanProperty();
    private final ObjectProperty<DocumentFormat> format = new SimpleObjectProperty<>(DocumentFormat.PDF);

    public DocumentationViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Notices notices, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
        this.clock = clock;
        this.tenant = tenants.selectedTenant() != null ? tenants.selectedTenant()
                : tenants.hierarchy().root().map(TenantNode::id).orElse(null);
        includeSubTenants.set(subTenants() > 0);
    }

    /** Whether there is a tenant to document (an empty folder has none). */
    public boolean hasTenant() {
        return tenant != null && tenants.hierarchy().node(tenant).isPresent();
    }

    /** "Northwind IT Services › Birch Clinic". */
    public String tenantPath() {
        return hasTenant() ? tenants.hierarchy().pathText(tenant) : "";
    }

    /** How many tenants lie below the documented one. */
    public int subTenants() {
        return hasTenant() ? tenants.hierarchy().subtree(tenant).size() - 1 : 0;
    }

    /** The checkbox's words: "With its 3 sub-tenants (a chapter each)". */
    public String subTenantsText() {
        int n = subTenants();
        return n == 0 ? "It has no sub-tenants" : "With its " + Plural.count(n, "sub-tenant") + " (a chapter each)";
    }

    public BooleanProperty includeSubTenantsProperty() {
        return includeSubTenants;
    }

    public ObjectProperty<DocumentFormat> formatProperty() {
        return format;
    }

    /** "birch-clinic-documentation-2026-12-01.pdf". */
    public String suggestedFileName() {
        TenantHierarchy hierarchy = tenants.hierarchy();
        String name = hasTenant() ? hierarchy.node(tenant).orElseThrow().name() : "tenant";
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "tenant" : slug) + "-documentation-" + LocalDate.now(clock) + "." + format.get().extension();
    }

    /** Writes the document to {@code file} in the background; the status bar says when it is done, or why not. */
    public void export(Path file) {
        if (!hasTenant() || !store.isOpen()) {
            return;
        }
        UUID documented = tenant;
        boolean subtree = includeSubTenants.get() && subTenants() > 0;
        DocumentFormat chosen = format.get();
        String title = "Documenting " + tenants.hierarchy().node(documented).map(TenantNode::name).orElse("");
        tasks.start(BackgroundTask.of(title, progress -> {
            DocumentationQuery.Summary[] summary = new DocumentationQuery.Summary[1];
            WholeFile.write(file, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                summary[0] = DocumentationQuery.write(store.current(), documented, subtree, chosen.writer(buffered), clock.instant(),
                        clock.getZone(), (done, total, name) -> progress.update((double) done / total,
                                String.format(Locale.ROOT, "%s (%,d of %,d)", name, done, total)), progress::isCancelled);
                buffered.flush();
            });
            return summary[0];
        }), done -> notices.setNotice("Wrote the documentation of " + Plural.count(done.tenants(), "tenant") + " ("
                        + Plural.count(done.computers(), "computer") + ") to " + file + "."),
                error -> notices.setNotice("Could not write the documentation: " + ErrorDialogs.messageFor(error)),
                () -> notices.setNotice("Documentation cancelled; no file was written."));
    }
}
