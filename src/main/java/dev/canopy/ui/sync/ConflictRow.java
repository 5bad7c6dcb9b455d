package dev.canopy.ui.sync;

import dev.canopy.store.SyncConflict;

/**
 * One conflict as the conflicts view shows it, in words. Which resolutions make sense depends on the kind: a
 * same-field conflict offers all three; a rejected edit can be tried again (keep mine) or given up (take theirs);
 * a record deleted meanwhile or out of scope can only be given up, since there is nothing left to edit.
 */
public record ConflictRow(long id, String kind, String title, String record, String field, String base, String mine,
                          String theirs, String changedBy, String reason, boolean canKeepMine, boolean canEdit) {

    static ConflictRow of(SyncConflict c, SyncStatusText words) {
        String kind = c.kind() == null ? SyncConflict.CONFLICT : c.kind();
        String title = switch (kind) {
            case SyncConflict.REJECTED -> "Rejected by the server";
            case SyncConflict.REVOKED -> "Left your scope";
            case SyncConflict.DELETED -> "Deleted on the server meanwhile";
            default -> "Changed on the server too";
        };
        // "by bob@… at 13:40", "by bob@…", "at 13:40" or nothing: who made theirs and when, as far as known
        String by = c.theirsBy() == null || c.theirsBy().isBlank() ? "" : "by " + c.theirsBy();
        if (c.theirsAt() != null) {
            by = (by.isEmpty() ? "" : by + " ") + words.when(c.theirsAt());
        }
        boolean conflict = SyncConflict.CONFLICT.equals(kind);
        boolean rejected = SyncConflict.REJECTED.equals(kind);
        return new ConflictRow(c.id(), kind, title, blankIfNull(c.recordName()), blankIfNull(c.field()), shown(c.base()),
                shown(c.mine()), shown(c.theirs()), by, blankIfNull(c.reason()), conflict || rejected,
                (conflict || rejected) && c.field() != null);
    }

    /** "(empty)" rather than nothing, so an emptied field is told from a missing one. */
    private static String shown(String value) {
        return value == null ? "—" : value.isEmpty() ? "(empty)" : value;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
