package dev.canopy.ui.backup;

import dev.canopy.store.BackupInfo;
import dev.canopy.ui.common.Plural;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One backup as the restore dialog lists it: when (in the technician's zone), which kind, what it holds. */
public record BackupRow(Path file, String date, String kind, int tenants, int computers) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    static BackupRow of(BackupInfo info, ZoneId zone) {
        return new BackupRow(info.file(), DATE.format(info.madeAt().atZone(zone)), info.kind().label(), info.tenants(), info.computers());
    }

    /** "12 tenants and 150 computers". */
    public String contents() {
        return Plural.count(tenants, "tenant") + " and " + Plural.count(computers, "computer");
    }
}
