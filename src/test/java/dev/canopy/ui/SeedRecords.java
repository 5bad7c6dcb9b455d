package dev.canopy.ui;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Records for tests' seed data, with only what a test cares about spelled out; the rest is plain and fixed. */
public final class SeedRecords {

    private SeedRecords() {
    }

    public static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, RecordMeta meta) {
        return tenant(id, parent, name, kind, "", meta);
    }

    public static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, String timeZone, RecordMeta meta) {
        return new Tenant(id, name, name.toLowerCase(Locale.ROOT).replace(' ', '-'), kind, parent, "", timeZone, List.of(), true, List.of(), meta);
    }

    /** A Windows 11 computer with one tag, last seen when the record was written. */
    public static Computer computer(UUID id, String name, UUID tenant, String tag, RecordMeta meta) {
        return new Computer(id, name, tenant, "SN-" + name, id.toString(), "Windows 11 Pro", "24H2", meta.updatedAt(), null,
                List.of(tag), List.of(), meta);
    }
}
