package dev.canopy.reports.documentation;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.ComputerStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's computers by status (online, offline, stale), each with its OS and when it was last seen. A tenant
 * with thousands lists the first {@link #LISTED} (by status, then name) and says how many it left out: the document
 * is for reading; the computers CSV holds every one.
 */
final class ComputerSection {

    static final int LISTED = 500;
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final List<DocTable.Column> COLUMNS = List.of(new DocTable.Column("Computer", 2), new DocTable.Column("Status", 1),
            new DocTable.Column("Operating system", 2.4f), new DocTable.Column("Last seen", 1.6f), new DocTable.Column("Tags", 1.6f));

    private ComputerSection() {
    }

    static DocSection of(List<Computer> computers, Instant now, ZoneId zone) {
        if (computers.isEmpty()) {
            return new DocSection("Computers", "No computers belong to this tenant itself.", null);
        }
        Map<ComputerStatus, Integer> counts = new EnumMap<>(ComputerStatus.class);
        for (ComputerStatus status : ComputerStatus.values()) {
            counts.put(status, 0);
        }
        computers.forEach(c -> counts.merge(c.status(now), 1, Integer::sum));
        List<Computer> sorted = new ArrayList<>(computers);
        sorted.sort(Comparator.comparing((Computer c) -> c.status(now)).thenComparing(Computer::name, String.CASE_INSENSITIVE_ORDER));
        List<List<String>> rows = new ArrayList<>();
        for (Computer c : sorted.subList(0, Math.min(LISTED, sorted.size()))) {
            rows.add(List.of(c.name(), words(c.status(now)), (c.os() + " " + c.osVersion()).strip(),
                    c.lastSeen() == null ? "Never" : SEEN.format(c.lastSeen().atZone(zone)), String.join(", ", c.tags())));
        }
        String summary = ScheduleSection.count(computers.size(), "computer") + ": " + counts.get(ComputerStatus.ONLINE) + " online, "
                + counts.get(ComputerStatus.OFFLINE) + " offline, " + counts.get(ComputerStatus.STALE) + " stale (not seen for "
                + ComputerStatus.STALE_AFTER.toDays() + " days or never).";
        String note = sorted.size() > LISTED ? String.format(Locale.ROOT, "The first %,d of %,d are listed; export the Computers tab as CSV for all of them.",
                LISTED, sorted.size()) : "";
        return new DocSection("Computers by status", summary, new DocTable(COLUMNS, rows, note));
    }

    private static String words(ComputerStatus status) {
        return switch (status) {
            case ONLINE -> "Online";
            case OFFLINE -> "Offline";
            case STALE -> "Stale";
        };
    }
}
