package dev.canopy.reports.export;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.SafeCsv;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreSnapshot;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The snapshot as one CSV file per kind, every row with its tenant's path ("Northwind › Acme › Berlin") so a
 * spreadsheet user can filter and sort without looking ids up. Every cell goes through {@link SafeCsv}.
 */
final class CsvExportWriter implements StoreSnapshot.Reader, Closeable {

    private static final List<String> META = List.of("Version", "Updated at", "Updated by");

    /** Each file's stream and then its CSV, closed in reverse: a CSV writes out into its stream before that closes. */
    private final List<Closeable> open = new ArrayList<>();
    private final SafeCsv tenants;
    private final SafeCsv preferences;
    private final SafeCsv schedules;
    private final SafeCsv deployments;
    private final SafeCsv people;
    private final SafeCsv computers;
    private final SafeCsv software;
    private final StoreSnapshot.Progress progress;
    private TenantHierarchy hierarchy = TenantHierarchy.empty();
    private RecordCounts counts = RecordCounts.NONE;

    CsvExportWriter(Path folder, StoreSnapshot.Progress progress) throws IOException {
        this.progress = progress;
        try {
            tenants = records(folder, "tenants.csv", "Tenant", "Name", "Kind", "Slug", "Tenant ID", "Parent ID", "Description", "Time zone",
                    "Tags", "Active", "Integration mappings");
            preferences = records(folder, "preferences.csv", "Tenant", "Tenant ID", "Setting", "Mode", "Value");
            schedules = records(folder, "schedules.csv", "Tenant", "Tenant ID", "Schedule", "Schedule ID", "Recurrence (cron)", "Window minutes",
                    "Time zone", "Computer's time zone", "Target", "Target tag", "Target computer IDs", "Child tenants too", "Reboot",
                    "Prompt timeout minutes", "Auto-consent to reboots", "No reboots in business hours", "Enabled");
            deployments = records(folder, "deployments.csv", "Tenant", "Tenant ID", "Software", "Deployment ID", "Desired state", "Version",
                    "Enforcement", "Scope", "Child tenants too", "Computer IDs", "Tag", "Order", "Enabled");
            people = records(folder, "people.csv", "Tenant", "Tenant ID", "Name", "E-mail", "Role", "Active", "Person ID");
            computers = records(folder, "computers.csv", "Tenant", "Tenant ID", "Computer", "Computer ID", "Serial number", "Device ID", "OS",
                    "OS version", "Last seen", "Primary person ID", "Tags", "Software lines");
            // inventory lines are no records of their own: no version, no who and when
            software = open(folder, "software.csv", List.of("Tenant", "Computer", "Computer ID", "Software", "Version", "Publisher"));
        } catch (IOException | RuntimeException e) {
            try {
                close();  // the files opened so far, so the part folder can go
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    /** A file of records: the columns, then each record's version and who changed it when. */
    private SafeCsv records(Path folder, String file, String... columns) throws IOException {
        List<String> header = new ArrayList<>(List.of(columns));
        header.addAll(META);
        return open(folder, file, header);
    }

    private SafeCsv open(Path folder, String file, List<String> header) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file)), 1 << 16);
        open.add(out);
        SafeCsv csv = SafeCsv.open(out, header);
        open.add(csv);
        return csv;
    }

    @Override
    public void tenants(List<Tenant> parentsFirst) {
        hierarchy = new TenantHierarchy(parentsFirst.stream()
                .map(t -> new TenantNode(t.id(), t.parentId(), t.name(), t.kind(), t.timeZone(), 0)).toList());
    }

    @Override
    public void records(StoreSnapshot.TenantRecords r, int done, int total) {
        Tenant t = r.tenant();
        String path = hierarchy.pathText(t.id());
        String id = t.id().toString();
        tenants.row(with(t.meta(), path, t.name(), t.kind().name(), t.slug(), id, text(t.parentId()), t.description(), t.timeZone(),
                String.join(", ", t.tags()), yes(t.active()),
                t.externalRefs().stream().map(ref -> ref.source() + "=" + ref.externalId()).collect(Collectors.joining("; "))));
        for (TenantPreference p : r.preferences()) {
            preferences.row(with(p.meta(), path, id, p.key(), p.mode().name(), p.value()));
        }
        for (MaintenanceSchedule s : r.schedules()) {
            schedules.row(with(s.meta(), path, id, s.name(), s.id().toString(), s.cron(), Integer.toString(s.windowMinutes()), s.timeZone(),
                    yes(s.useComputerTimeZone()), s.target().kind().name(), s.target().tag(), ids(s.target().computerIds()),
                    yes(s.propagateToChildTenants()), s.rebootPreference().label(), Integer.toString(s.promptTimeoutMinutes()),
                    yes(s.autoConsentToReboots()), yes(s.suppressRebootsDuringBusinessHours()), yes(s.enabled())));
        }
        for (Deployment d : r.deployments()) {
            deployments.row(with(d.meta(), path, id, d.software(), d.id().toString(), d.desiredState().label(), d.version(),
                    d.enforcement().label(), d.scope().label(), yes(d.includeChildTenants()), ids(d.computerIds()), d.tag(),
                    d.order().label(), yes(d.enabled())));
        }
        for (Person p : r.people()) {
            people.row(with(p.meta(), path, id, p.displayName(), p.email(), p.role() == null ? "" : p.role().name(), yes(p.active()),
                    p.id().toString()));
        }
        for (Computer c : r.computers()) {
            computers.row(with(c.meta(), path, id, c.name(), c.id().toString(), c.serialNumber(), c.deviceId(), c.os(), c.osVersion(),
                    text(c.lastSeen()), text(c.primaryPersonId()), String.join(", ", c.tags()), Integer.toString(c.software().size())));
            for (Software s : c.software()) {
                software.row(path, c.name(), c.id().toString(), s.name(), s.version(), s.publisher());
            }
        }
        counts = counts.plus(r);
        progress.tenantDone(done, total, t.name());
    }

    private static String[] with(RecordMeta meta, String... cells) {
        String[] row = Arrays.copyOf(cells, cells.length + META.size());
        row[cells.length] = Long.toString(meta.version());
        row[cells.length + 1] = meta.updatedAt().toString();
        row[cells.length + 2] = meta.updatedBy();
        return row;
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(" "));
    }

    RecordCounts counts() {
        return counts;
    }

    /** Writes out and closes every file, each even when another fails; the first failure is thrown. */
    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            } catch (UncheckedIOException e) {
                failed = failed == null ? e.getCause() : failed;
            }
        }
        open.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
