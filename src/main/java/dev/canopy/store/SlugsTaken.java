package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        for (int n = 2; isTaken(range, slug, forTenant); n++) {
            slug = base + "-" + n;
        }
        // held from now on: an import checks all its tenants before it saves them, so the next one must not get it too
        holders.putIfAbsent(slug, forTenant);
        return slug;
    }

    /** A tenant the command saved: its old slug is free (unless another took it since), its new one taken. */
    void saved(UUID id, String oldSlug, String newSlug) {
        if (oldSlug != null && id.equals(holders.get(oldSlug))) {
            holders.remove(oldSlug);
        }
        holders.put(newSlug, id);
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
                    holders.putIfAbsent(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
    }
}
