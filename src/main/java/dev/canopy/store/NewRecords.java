package dev.canopy.store;

import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.SyncLedger.PulledChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The UPSERTs of a pull page that bring records the store does not hold yet (all of a first download's), inserted
 * with one prepared batch per table rather than row by row: a record that is not stored has no local fields to keep,
 * so the rebase rule writes the server's state as it is. Records named more than once in the page, records already
 * stored and records with pending edits are left to {@link PageApplier}'s row path, which runs after this.
 */
final class NewRecords {

    /** Whether pending edits touch the record a change names. */
    interface PendingCheck {
        boolean pending(PulledChange change) throws SQLException;
    }

    private final Connection connection;
    private final Set<PulledChange> written = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Tenant> tenants = new ArrayList<>();
    /** The new tenants of the page, and the slugs of those converted so far (a malformed page may repeat one). */
    private final Set<UUID> freshTenants = new HashSet<>();
    private final Set<UUID> convertedTenants = new HashSet<>();
    private final Set<String> slugs = new HashSet<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Computer> computers = new ArrayList<>();
    private final List<MaintenanceSchedule> schedules = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<TenantPreference> preferences = new ArrayList<>();

    private NewRecords(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts the page's new records (the changes in {@link PageApplier#ordered} order: a tenant after its parent),
     * with placeholders for what they refer to that neither the store nor the page has; returns the changes written.
     */
    static Set<PulledChange> insert(Connection connection, List<PulledChange> ordered, PendingCheck pending) throws SQLException {
        NewRecords batch = new NewRecords(connection);
        List<PulledChange> fresh = fresh(connection, ordered, pending);
        fresh.stream().filter(c -> c.entity().equals("tenant")).forEach(c -> batch.freshTenants.add(c.id()));
        for (PulledChange change : fresh) {
            batch.convert(change);
        }
        if (!batch.written.isEmpty()) {
            batch.write();
        }
        return batch.written;
    }

    /** The UPSERTs named once in the page whose records are not stored and have no pending edits, in page order. */
    private static List<PulledChange> fresh(Connection connection, List<PulledChange> ordered, PendingCheck pending) throws SQLException {
        Map<List<Object>, Integer> named = new HashMap<>();
        for (PulledChange change : ordered) {
            named.merge(List.of(change.entity(), change.id(), keyOf(change)), 1, Integer::sum);
        }
        Map<String, List<PulledChange>> byEntity = new LinkedHashMap<>();
        for (PulledChange change : ordered) {
            if (change.op().equals("UPSERT") && named.get(List.of(change.entity(), change.id(), keyOf(change))) == 1) {
                byEntity.computeIfAbsent(change.entity(), e -> new ArrayList<>()).add(change);
            }
        }
        Set<List<Object>> stored = new HashSet<>();
        for (var entry : byEntity.entrySet()) {
            stored.addAll(stored(connection, entry.getKey(), entry.getValue()));
        }
        List<PulledChange> fresh = new ArrayList<>();
        for (PulledChange change : ordered) {
            List<Object> name = List.of(change.entity(), change.id(), keyOf(change));
            if (change.op().equals("UPSERT") && named.get(name) == 1 && !stored.contains(name)
                    && (pending == null || !pending.pending(change))) {
                fresh.add(change);
            }
        }
        return fresh;
    }

    /** Which of these changes' records the store holds (deleted ones included), by (entity, id, key). */
    private static Set<List<Object>> stored(Connection connection, String entity, List<PulledChange> changes) throws SQLException {
        Set<List<Object>> stored = new HashSet<>();
        if (entity.equals("preference")) {
            List<UUID> tenantIds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (PulledChange change : changes) {
                tenantIds.add(change.id());
                keys.add(keyOf(change));
            }
            try (PreparedStatement select = connection.prepareStatement("select p.tenant_id, p.setting_key from unnest(?, ?) as w(t, k)"
                    + " join tenant_preference p on p.tenant_id = w.t and p.setting_key = w.k")) {
                select.setArray(1, SqlArrays.uuids(connection, tenantIds));
                select.setArray(2, connection.createArrayOf("varchar", keys.toArray(new String[0])));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.add(List.of(entity, rows.getObject(1, UUID.class), rows.getString(2)));
                    }
                }
            }
            return stored;
        }
        for (UUID id : existing(connection, entity, changes.stream().map(PulledChange::id).toList())) {
            stored.add(List.of(entity, id, ""));
        }
        return stored;
    }

    /** The ids of these that the table (tenant, person, computer, schedule or deployment) holds; one query. */
    private static Set<UUID> existing(Connection connection, String table, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        // the ids joined as a table (see PersonTable.findAll)
        try (PreparedStatement select = connection.prepareStatement("select t.id from unnest(?) as w(k) join " + table + " t on t.id = w.k")) {
            select.setArray(1, SqlArrays.uuids(connection, new LinkedHashSet<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    /** The change's record as its domain type (a bad field fails here, naming it, as on the row path). */
    private void convert(PulledChange change) {
        Map<String, Object> r = change.record();
        switch (change.entity()) {
            case "tenant" -> {
                Tenant t = StoredRecords.convert(r, Tenant.class, "tenant");
                boolean parentLater = freshTenants.contains(t.parentId()) && !convertedTenants.contains(t.parentId());
                if (parentLater || !slugs.add(t.slug())) {
                    return;  // a cycle of parents, or a slug twice: the row path places it as it always did
                }
                convertedTenants.add(t.id());
                tenants.add(t);
            }
            case "person" -> people.add(StoredRecords.convert(r, Person.class, "person"));
            case "computer" -> computers.add(StoredRecords.convert(r, Computer.class, "computer"));
            case "schedule" -> schedules.add(StoredRecords.convert(r, MaintenanceSchedule.class, "schedule"));
            case "deployment" -> deployments.add(StoredRecords.convert(r, Deployment.class, "deployment"));
            default -> {
                TenantPreference p = StoredRecords.convert(r, TenantPreference.class, "preference");
                if (!change.id().equals(p.tenantId()) || !keyOf(change).equals(p.key())) {
                    return;  // the record names another setting than the change: the row path writes it as it always did
                }
                preferences.add(p);
            }
        }
        written.add(change);
    }

    /** Placeholders, slugs freed, then one batch per table in the order the foreign keys need. */
    private void write() throws SQLException {
        Set<UUID> newTenants = new HashSet<>();
        tenants.forEach(t -> newTenants.add(t.id()));
        Set<UUID> wantedTenants = new LinkedHashSet<>();
        tenants.forEach(t -> wantedTenants.add(t.parentId()));
        people.forEach(p -> wantedTenants.add(p.tenantId()));
        computers.forEach(c -> wantedTenants.add(c.tenantId()));
        schedules.forEach(s -> wantedTenants.add(ScheduleKind.INSTANCE.tenantId(s)));
        deployments.forEach(d -> wantedTenants.add(DeploymentKind.INSTANCE.tenantId(d)));
        preferences.forEach(p -> wantedTenants.add(p.tenantId()));
        for (UUID id : missing("tenant", wantedTenants, newTenants)) {
            PulledRecords.placeholderTenant(connection, id);
        }
        freeSlugs();
        try (PreparedStatement insert = connection.prepareStatement(TenantTable.INSERT);
             PreparedStatement refs = connection.prepareStatement(ExternalRefRows.TENANT.insertSql())) {
            for (Tenant t : tenants) {
                TenantTable.bind(insert, t);
                insert.addBatch();
                ExternalRefRows.add(refs, t.id(), t.externalRefs());
            }
            insert.executeBatch();
            refs.executeBatch();
        }
        insertAll(PersonKind.INSTANCE, people);
        personPlaceholders();
        freeDevices();
        try (PreparedStatement insert = connection.prepareStatement(ComputerRows.INSERT_COMPUTER);
             PreparedStatement software = connection.prepareStatement(ComputerRows.INSERT_SOFTWARE)) {
            for (Computer c : computers) {
                ComputerRows.add(insert, software, c);
            }
            insert.executeBatch();
            software.executeBatch();
        }
        insertAll(ScheduleKind.INSTANCE, schedules);
        insertAll(DeploymentKind.INSTANCE, deployments);
        try (PreparedStatement insert = connection.prepareStatement(PreferenceTable.INSERT)) {
            for (TenantPreference p : preferences) {
                PreferenceTable.bind(insert, p.tenantId(), p.key(), p);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Of the wanted ids (nulls ignored), those neither written by this batch nor stored. */
    private List<UUID> missing(String table, Set<UUID> wanted, Set<UUID> written) throws SQLException {
        Set<UUID> others = new LinkedHashSet<>(wanted);
        others.remove(null);
        others.removeAll(written);
        others.removeAll(existing(connection, table, others));
        return new ArrayList<>(others);
    }

    /** A new tenant can take a slug that a stored one holds until its own change arrives (see PulledRecords.write). */
    private void freeSlugs() throws SQLException {
        if (tenants.isEmpty()) {
            return;
        }
        Map<String, UUID> bySlug = new HashMap<>();
        tenants.forEach(t -> bySlug.put(t.slug(), t.id()));
        List<String> held = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select t.slug from unnest(?) as w(s) join tenant t on t.slug = w.s")) {
            select.setArray(1, connection.createArrayOf("varchar", bySlug.keySet().toArray(new String[0])));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        for (String slug : held) {
            PulledRecords.freeSlug(connection, bySlug.get(slug), slug);
        }
    }

    /** A new computer can take a device id a local one holds (see PulledRecords.freeDevice); one query finds them. */
    private void freeDevices() throws SQLException {
        if (computers.isEmpty()) {
            return;
        }
        Map<String, UUID> byDevice = new HashMap<>();
        computers.forEach(c -> byDevice.put(c.deviceId(), c.id()));
        List<String> held = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select c.device_id from unnest(?) as w(d) join computer c on c.device_id = w.d")) {
            select.setArray(1, connection.createArrayOf("varchar", byDevice.keySet().toArray(new String[0])));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        for (String device : held) {
            PulledRecords.freeDevice(connection, byDevice.get(device), device);
        }
    }

    /** A computer can name a person that neither the store nor the page has yet: a placeholder in the computer's tenant. */
    private void personPlaceholders() throws SQLException {
        Map<UUID, UUID> tenantOf = new LinkedHashMap<>();
        computers.forEach(c -> {
            if (c.primaryPersonId() != null && c.tenantId() != null) {
                tenantOf.putIfAbsent(c.primaryPersonId(), c.tenantId());
            }
        });
        Set<UUID> newPeople = new HashSet<>();
        people.forEach(p -> newPeople.add(p.id()));
        for (UUID id : missing("person", tenantOf.keySet(), newPeople)) {
            PulledRecords.placeholderPerson(connection, id, tenantOf.get(id));
        }
    }

    private <R> void insertAll(RecordKind<R> kind, List<R> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        RecordTable<R> table = RecordTables.of(kind);
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (R record : records) {
                table.bindInsert(insert, record);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        table.insertParts(connection, records);
    }

    private static String keyOf(PulledChange change) {
        return change.entity().equals("preference") ? (String) change.record().get("key") : "";
    }
}
