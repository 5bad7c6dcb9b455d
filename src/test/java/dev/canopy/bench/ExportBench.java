package dev.canopy.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The export of the whole database (canopy export) against a floor: the same rows read by plain JDBC a slice of 50
 * tenants at a time (each id list joined as a table), written as the same document with a bare Jackson generator —
 * no domain records, schedules' and deployments' stored JSON copied as it is. Both go to a stream that only counts
 * bytes, alternating so load on the machine hits both alike. Runs in a JVM of its own with a 256 MB heap (the
 * export's memory target: a database that did not fit would fail the run).
 */
final class ExportBench {

    private static final int SLICE = 50;
    private static final CanopyExport.Origin ORIGIN = new CanopyExport.Origin(Instant.parse("2026-01-01T00:00:00Z"), "bench", "bench");

    private ExportBench() {
    }

    /** ExportBench DIR REPETITIONS: prints export-ms=…, floor-ms=…, export-bytes=, floor-bytes=, heap-mb= (the JVM's maximum). */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int repetitions = Integer.parseInt(args[1]);
        List<Double> export = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        long exportBytes;
        long floorBytes;
        try (LocalStore store = LocalStore.open(folder)) {
            exportBytes = export(store);  // warm-up of both
            String url = "jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                floorBytes = floor(connection);
                for (int i = 0; i < repetitions; i++) {
                    long start = System.nanoTime();
                    export(store);
                    export.add((System.nanoTime() - start) / 1e6);
                    start = System.nanoTime();
                    floor(connection);
                    floor.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        System.out.println("export-ms=" + join(export));
        System.out.println("floor-ms=" + join(floor));
        System.out.println("export-bytes=" + exportBytes);
        System.out.println("floor-bytes=" + floorBytes);
        System.out.println("heap-mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String join(List<Double> values) {
        return String.join(",", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    private static long export(LocalStore store) throws IOException {
        ComplianceBench.CountingStream out = new ComplianceBench.CountingStream();
        CanopyExport.write(store, out, ORIGIN, (done, total, name) -> { }, () -> false);
        return out.bytes;
    }

    private record TenantRow(UUID id, String name, String slug, String kind, UUID parentId, String description, String timeZone,
                             String tags, boolean active, long version, Instant updatedAt, String updatedBy) {
    }

    /** The same document by plain JDBC and a Jackson generator. */
    static long floor(Connection connection) throws SQLException, IOException {
        List<TenantRow> tenants = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery("select id, name, slug, kind, parent_id, description,"
                + " time_zone, tags, active, version, updated_at, updated_by from tenant where deleted = false")) {
            while (r.next()) {
                tenants.add(new TenantRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getObject(5, UUID.class),
                        r.getString(6), r.getString(7), r.getString(8), r.getBoolean(9), r.getLong(10), instant(r, 11), r.getString(12)));
            }
        }
        Map<UUID, List<String[]>> refs = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery("select tenant_id, source, external_id from tenant_external_ref")) {
            while (r.next()) {
                refs.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new String[]{r.getString(2), r.getString(3)});
            }
        }
        tenants = parentsFirst(tenants);
        ComplianceBench.CountingStream out = new ComplianceBench.CountingStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", "canopy-export");
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("tenants");
            for (int from = 0; from < tenants.size(); from += SLICE) {
                List<TenantRow> slice = tenants.subList(from, Math.min(tenants.size(), from + SLICE));
                writeSlice(connection, g, slice, refs);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.bytes;
    }

    private static List<TenantRow> parentsFirst(List<TenantRow> tenants) {
        tenants.sort(Comparator.comparing(TenantRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(TenantRow::id));
        Map<UUID, List<TenantRow>> children = new HashMap<>();
        Deque<TenantRow> queue = new ArrayDeque<>();
        for (TenantRow t : tenants) {
            if (t.parentId() == null) {
                queue.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<TenantRow> ordered = new ArrayList<>(tenants.size());
        while (!queue.isEmpty()) {
            TenantRow next = queue.poll();
            ordered.add(next);
            queue.addAll(children.getOrDefault(next.id(), List.of()));
        }
        return ordered;
    }

    private static void writeSlice(Connection connection, JsonGenerator g, List<TenantRow> slice, Map<UUID, List<String[]>> refs)
            throws SQLException, IOException {
        Array ids = connection.createArrayOf("UUID", slice.stream().map(TenantRow::id).toArray());
        Map<UUID, List<Object[]>> preferences = rows(connection, ids, "select p.tenant_id, p.setting_key, p.mode, p.setting_value, p.version,"
                + " p.updated_at, p.updated_by from unnest(?) as w(k) join tenant_preference p on p.tenant_id = w.k", 7);
        Map<UUID, List<Object[]>> schedules = rows(connection, ids, "select s.tenant_id, s.body from unnest(?) as w(k)"
                + " join schedule s on s.tenant_id = w.k where s.deleted = false", 2);
        Map<UUID, List<Object[]>> deployments = rows(connection, ids, "select d.tenant_id, d.body from unnest(?) as w(k)"
                + " join deployment d on d.tenant_id = w.k where d.deleted = false", 2);
        Map<UUID, List<Object[]>> people = rows(connection, ids, "select p.tenant_id, p.id, p.display_name, p.email, p.role, p.active,"
                + " p.version, p.updated_at, p.updated_by from unnest(?) as w(k) join person p on p.tenant_id = w.k where p.deleted = false", 9);
        Map<UUID, List<Object[]>> computers = rows(connection, ids, "select c.tenant_id, c.id, c.name, c.serial_number, c.device_id, c.os,"
                + " c.os_version, c.last_seen, c.primary_person_id, c.tags, c.version, c.updated_at, c.updated_by from unnest(?) as w(k)"
                + " join computer c on c.tenant_id = w.k where c.deleted = false", 13);
        Map<UUID, List<Object[]>> software = rows(connection, ids, "select s.computer_id, s.name, s.version, s.publisher from unnest(?) as w(k)"
                + " join computer c on c.tenant_id = w.k join computer_software s on s.computer_id = c.id where c.deleted = false"
                + " order by s.computer_id, s.position", 4);
        for (TenantRow t : slice) {
            g.writeStartObject();
            g.writeObjectFieldStart("tenant");
            g.writeStringField("id", t.id().toString());
            g.writeStringField("name", t.name());
            g.writeStringField("slug", t.slug());
            g.writeStringField("kind", t.kind());
            g.writeStringField("parentId", t.parentId() == null ? null : t.parentId().toString());
            g.writeStringField("description", t.description());
            g.writeStringField("timeZone", t.timeZone());
            g.writeArrayFieldStart("tags");
            for (String tag : t.tags().isEmpty() ? new String[0] : t.tags().split(",")) {
                g.writeString(tag);
            }
            g.writeEndArray();
            g.writeBooleanField("active", t.active());
            g.writeArrayFieldStart("externalRefs");
            for (String[] ref : refs.getOrDefault(t.id(), List.of())) {
                g.writeStartObject();
                g.writeStringField("source", ref[0]);
                g.writeStringField("externalId", ref[1]);
                g.writeEndObject();
            }
            g.writeEndArray();
            meta(g, t.version(), t.updatedAt(), t.updatedBy(), false);
            g.writeEndObject();
            g.writeArrayFieldStart("preferences");
            for (Object[] p : preferences.getOrDefault(t.id(), List.of())) {
                g.writeStartObject();
                g.writeStringField("tenantId", p[0].toString());
                g.writeStringField("key", (String) p[1]);
                g.writeStringField("mode", (String) p[2]);
                g.writeStringField("value", (String) p[3]);
                meta(g, (Long) p[4], (Instant) p[5], (String) p[6], false);
                g.writeEndObject();
            }
            g.writeEndArray();
            bodies(g, "schedules", schedules.getOrDefault(t.id(), List.of()));
            bodies(g, "deployments", deployments.getOrDefault(t.id(), List.of()));
            g.writeArrayFieldStart("people");
            for (Object[] p : people.getOrDefault(t.id(), List.of())) {
                g.writeStartObject();
                g.writeStringField("id", p[1].toString());
                g.writeStringField("tenantId", p[0].toString());
                g.writeStringField("displayName", (String) p[2]);
                g.writeStringField("email", (String) p[3]);
                g.writeStringField("role", (String) p[4]);
                g.writeBooleanField("active", (Boolean) p[5]);
                meta(g, (Long) p[6], (Instant) p[7], (String) p[8], false);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("computers");
            for (Object[] c : computers.getOrDefault(t.id(), List.of())) {
                computer(g, c, software.getOrDefault((UUID) c[1], List.of()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void computer(JsonGenerator g, Object[] c, List<Object[]> inventory) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c[1].toString());
        g.writeStringField("name", (String) c[2]);
        g.writeStringField("tenantId", c[0].toString());
        g.writeStringField("serialNumber", (String) c[3]);
        g.writeStringField("deviceId", (String) c[4]);
        g.writeStringField("os", (String) c[5]);
        g.writeStringField("osVersion", (String) c[6]);
        g.writeStringField("lastSeen", c[7] == null ? null : c[7].toString());
        g.writeStringField("primaryPersonId", c[8] == null ? null : c[8].toString());
        g.writeArrayFieldStart("tags");
        String tags = (String) c[9];
        for (String tag : tags.isEmpty() ? new String[0] : tags.split(",")) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("software");
        for (Object[] s : inventory) {
            g.writeStartObject();
            g.writeStringField("name", (String) s[1]);
            g.writeStringField("version", (String) s[2]);
            g.writeStringField("publisher", (String) s[3]);
            g.writeEndObject();
        }
        g.writeEndArray();
        meta(g, (Long) c[10], (Instant) c[11], (String) c[12], false);
        g.writeEndObject();
    }

    private static void bodies(JsonGenerator g, String field, List<Object[]> rows) throws IOException {
        g.writeArrayFieldStart(field);
        for (Object[] row : rows) {
            g.writeRawValue((String) row[1]);
        }
        g.writeEndArray();
    }

    private static void meta(JsonGenerator g, long version, Instant at, String by, boolean deleted) throws IOException {
        g.writeObjectFieldStart("meta");
        g.writeNumberField("version", version);
        g.writeStringField("updatedAt", at.toString());
        g.writeStringField("updatedBy", by);
        g.writeBooleanField("deleted", deleted);
        g.writeEndObject();
    }

    /** The rows by their first column (a UUID); timestamps as instants, the rest as JDBC gives them. */
    private static Map<UUID, List<Object[]>> rows(Connection connection, Array ids, String sql, int columns) throws SQLException {
        Map<UUID, List<Object[]>> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, ids);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object value = r.getObject(i + 1);
                        row[i] = value instanceof OffsetDateTime at ? at.toInstant() : value instanceof java.sql.Clob ? r.getString(i + 1) : value;
                    }
                    rows.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }
}
