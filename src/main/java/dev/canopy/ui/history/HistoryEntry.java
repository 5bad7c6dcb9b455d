package dev.canopy.ui.history;

import dev.canopy.store.AuditRecord;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One row of the History tab, as it reads.
 *
 * @param restorableTenant the deleted tenant this entry is about, which "Restore tenant" brings back; null if none
 */
public record HistoryEntry(String when, String who, String action, String record, String changes, UUID restorableTenant) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static HistoryEntry of(AuditRecord r, TenantNames names) {
        boolean aboutTenant = r.entity().equals("tenant");
        String record = aboutTenant || r.entity().equals("preference")
                ? r.entity() + " " + names.display(r.recordId())
                : r.entity() + " in " + names.display(r.tenantId());
        return new HistoryEntry(WHEN.format(dev.canopy.ui.common.DisplayZone.of(r.at())), r.actor(), r.action(), record,
                names.nameIds(ChangeSummary.of(r.changes())), aboutTenant && names.isDeleted(r.recordId()) ? r.recordId() : null);
    }

    public boolean canRestore() {
        return restorableTenant != null;
    }
}
