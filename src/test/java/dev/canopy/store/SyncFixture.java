package dev.canopy.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.SyncLedger.PulledChange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Server-shaped records for the sync ledger's tests: pulled changes as the server sends them, and a store to apply them to. */
final class SyncFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    static final Instant SERVER_AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    final LocalStore store;
    final SyncLedger ledger;

    SyncFixture(Path folder) {
        store = LocalStore.open(folder, "alex", CLOCK);
        ledger = store.syncLedger();
    }

    static RecordMeta server(long version) {
        return new RecordMeta(version, SERVER_AT, "dana@northwind.example", false);
    }

    static Tenant tenant(UUID id, String name, UUID parent, long version) {
        TenantKind kind = parent == null ? TenantKind.MSP : TenantKind.CLIENT;
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), server(version));
    }

    static Person person(UUID id, UUID tenant, String name, long version) {
        return new Person(id, tenant, name, name.toLowerCase().replace(' ', '.') + "@acme.example", null, true, List.of(), server(version));
    }

    static Computer computer(UUID id, UUID tenant, String name, long version) {
        return new Computer(id, name, tenant, "SN-" + name, "dev-" + id, "Windows", "11", null, null, List.of(), List.of(), server(version));
    }

    static TenantPreference preference(UUID tenant, String key, String value, long version) {
        return new TenantPreference(tenant, key, PreferenceMode.OVERRIDE, value, server(version));
    }

    static Map<String, Object> map(Object record) {
        return Json.MAPPER.convertValue(record, FIELDS);
    }

    static PulledChange upsert(String entity, UUID id, Object record) {
        return new PulledChange("UPSERT", entity, id, map(record));
    }

    static PulledChange upsert(Tenant t) {
        return upsert("tenant", t.id(), t);
    }

    static PulledChange revoke(String entity, UUID id) {
        return new PulledChange("REVOKE", entity, id, null);
    }

    /** A record changed on the server: the map with some fields replaced and a new version. */
    static Map<String, Object> changed(Object record, long version, Map<String, Object> fields) {
        Map<String, Object> state = new HashMap<>(map(record));
        state.putAll(fields);
        Map<String, Object> meta = new HashMap<>(PulledRecords.meta(state));
        meta.put("version", version);
        meta.put("updatedBy", "sam@northwind.example");
        meta.put("updatedAt", "2026-12-01T09:30:00Z");
        state.put("meta", meta);
        return state;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = store.dataSourceForTests().getConnection();
             var st = connection.createStatement(); var rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
