package dev.canopy.reports;

import dev.canopy.domain.computer.Computer;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The computers table as CSV (name, tenant, serial, device id, OS, last seen, status, primary person, tags);
 * see {@link SafeCsv} for quoting, formulas and encoding. Last seen is written as "2026-12-01 14:05:09",
 * which every spreadsheet reads as a date and time, in the zone the caller gives (named in the header).
 */
public final class ComputersCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ComputersCsv() {
    }

    /**
     * @param tenantName the name (or path) shown for a tenant id
     * @param personName the name shown for a primary person's id; never asked about null
     * @param now        what the status (online, offline, stale) is measured against
     */
    public static void write(List<Computer> computers, Function<UUID, String> tenantName, Function<UUID, String> personName,
                             Instant now, ZoneId zone, OutputStream out) {
        DateTimeFormatter when = WHEN.withZone(zone);
        List<String> header = List.of("Name", "Tenant", "Serial number", "Device ID", "OS", "Last seen (" + zone.getId() + ")",
                "Status", "Primary person", "Tags");
        try (SafeCsv csv = SafeCsv.open(out, header)) {
            for (Computer c : computers) {
                String os = (c.os() + " " + c.osVersion()).strip();
                String status = c.status(now).name();
                csv.row(c.name(), tenantName.apply(c.tenantId()), c.serialNumber(), c.deviceId(), os,
                        c.lastSeen() == null ? "" : when.format(c.lastSeen()),
                        status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT),
                        c.primaryPersonId() == null ? "" : personName.apply(c.primaryPersonId()), String.join(", ", c.tags()));
            }
        }
    }
}
