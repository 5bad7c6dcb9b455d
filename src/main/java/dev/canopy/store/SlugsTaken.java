package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The slugs one command's transaction has seen, so that naming many tenants alike ("Site 1" under 4,000 clients of an
 * import) reads each slug range once instead of once per tenant. A range is read from the database the first time a
 * base asks for it; every slug handed out and every tenant the command saves afterwards is recorded here as well, so
 * the ranges stay true.
 */
final class SlugsTaken {

    private final TreeMap<String, UUID> holders = new TreeMap<>();
    private final Set<String> readBases = new HashSet<>();
    /** Per base, the number below which every "base-n" is known taken: 4,000 "Site 1"s would otherwise try 1, 2, 3… each time. */
    private final Map<String, Integer> takenBelow = new HashMap<>();
    /** What each tenant holds among the slugs seen, for "its own slug is free to it". */
    private final Map<UUID, Set<String>> heldBy = new HashMap<>();

    /**
     * The slug for a tenant named after base, held for it: base itself if free, else base-2, base-3… (the tenant's own
     * one is free to it).
     */
    String free(Connection connection, String base, UUID forTenant) throws SQLException {
        if (readBases.add(base)) {
            read(connection, base);
        }
        // base and every "base-n" lie from base up to (not including) "base." ('.' follows '-')
        Map<String, UUID> range = holders.subMap(base, true, base + ".", false);
        String slug = base;
        if (isTaken(range, slug, forTenant)) {
            int n = takenBelow.getOrDefault(base, 2);
            Integer own = ownNumber(base, forTenant);
            if (own != null && own < n) {
                return base + "-" + own;  // every number below n is another tenant's: its own is the first free to it
            }
            for (slug = base + "-" + n; isTaken(range, slug, forTenant); slug = base + "-" + n) {
                n++;
            }
            takenBelow.put(base, n + 1);
        }
        // held from now on: an import checks all its tenants before it saves them, so the next one must not get it too
        hold(slug, forTenant);
        return slug;
    }

    /** A tenant the command saved: its old slug is free (unless another took it since), its new one taken. */
    void saved(UUID id, String oldSlug, String newSlug) {
        if (oldSlug != null && id.equals(holders.get(oldSlug))) {
            holders.remove(oldSlug);
            release(id, oldSlug);
            if (!oldSlug.equals(newSlug)) {
                takenBelow.clear();  // a number freed: the next tenant of its base gets the lowest free one again
            }
        }
        UUID previous = holders.put(newSlug, id);
        if (previous != null && !previous.equals(id)) {
            release(previous, newSlug);
        }
        heldBy.computeIfAbsent(id, k -> new HashSet<>()).add(newSlug);
    }

    private void release(UUID tenant, String slug) {
        Set<String> held = heldBy.get(tenant);
        if (held != null) {
            held.remove(slug);
        }
    }

    private void hold(String slug, UUID tenant) {
        if (holders.putIfAbsent(slug, tenant) == null) {
            heldBy.computeIfAbsent(tenant, k -> new HashSet<>()).add(slug);
        }
    }

    /** The n of a "base-n" the tenant holds (the lowest, if several), or null. */
    private Integer ownNumber(String base, UUID tenant) {
        Integer lowest = null;
        for (String slug : heldBy.getOrDefault(tenant, Set.of())) {
            if (slug.startsWith(base + "-")) {
                try {
                    int n = Integer.parseInt(slug.substring(base.length() + 1));
                    lowest = lowest == null ? n : Math.min(lowest, n);
                } catch (NumberFormatException notNumbered) {
                    // "acme-corp" is another base's slug, not a numbered acme
                }
            }
        }
        return lowest;
    }

    private static boolean isTaken(Map<String, UUID> range, String slug, UUID forTenant) {
        UUID holder = range.get(slug);
        return holder != null && !holder.equals(forTenant);
    }

    private void read(Connection connection, String base) throws SQLException {
        // one range on the slug index; an OR of "= base" and the "base-" range would make H2 scan the whole table
        try (PreparedStatement select = connection.prepareStatement("select slug, id from tenant where slug >= ? and slug < ?")) {
            select.setString(1, base);
            select.setString(2, base + ".");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hold(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
    }
}
