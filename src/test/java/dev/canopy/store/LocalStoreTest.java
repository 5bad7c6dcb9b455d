package dev.canopy.store;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store on a real H2 file in a temporary data folder. */
class LocalStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private LocalStore store;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();

    private LocalStore open() {
        store = LocalStore.open(folder, "alex", CLOCK);
        return store;
    }

    private void seed() {
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void reopeningKeepsEveryTenantWithItsSyncFields() {
        open();
        seed();
        store.execute(new UpdateTenant(acme, new TenantChanges(null, "Dental group", null, "Europe/Berlin", List.of("vip"))));
        store.close();
        store = null;

        open();
        Tenant reloaded = store.tenant(acme).orElseThrow();
        assertThat(reloaded.description()).isEqualTo("Dental group");
        assertThat(reloaded.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(reloaded.tags()).containsExactly("vip");
        assertThat(reloaded.kind()).isEqualTo(TenantKind.CLIENT);
        assertThat(reloaded.slug()).isEqualTo("acme");
        assertThat(reloaded.meta().updatedBy()).isEqualTo("alex");
        assertThat(reloaded.meta().updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(reloaded.meta().version()).isZero();
        assertThat(store.loadHierarchy().children(acme)).extracting(TenantNode::name).containsExactly("Acme Berlin");
    }

    @Test
    void everyCommandWritesItsAuditEntryAndOneOutboxMutation() {
        open();
        seed();
        store.execute(new UpdateTenant(berlin, TenantChanges.rename("Berlin Office")));

        var audit = store.auditOf(berlin);
        assertThat(audit).extracting(a -> a.action()).containsExactly("tenant.create", "tenant.update");
        assertThat(audit.get(1).changes()).contains("\"name\":{\"before\":\"Acme Berlin\",\"after\":\"Berlin Office\"}");
        var outbox = store.outbox();
        assertThat(outbox).extracting(m -> m.id()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(outbox.get(3).name()).isEqualTo("tenant.update");
        assertThat(outbox.get(3).args()).isEqualTo("{\"id\":\"" + berlin + "\",\"name\":\"Berlin Office\"}");
    }

    @Test
    void aRefusedCommandChangesNothing() {
        open();
        seed();
        assertThatThrownBy(() -> store.execute(new UpdateTenant(acme, TenantChanges.move(berlin))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot move under its own descendant");
        assertThatThrownBy(() -> store.execute(new CreateTenant(UUID.randomUUID(), msp, " acme ")))
                .hasMessageContaining("already has a tenant named \"Acme\"");
        assertThatThrownBy(() -> store.execute(new DeleteTenant(acme))).hasMessageContaining("still owns 1 child tenant");
        assertThatThrownBy(() -> store.execute(new DeleteTenant(msp))).hasMessageContaining("cannot be deleted");
        assertThat(store.outbox()).hasSize(3);
        assertThat(store.loadHierarchy().size()).isEqualTo(3);
    }

    @Test
    void aCommandFailingAfterItsFirstWriteLeavesNoPartialWrite() {
        open();
        seed();
        Command halfDone = new Command() {
            @Override
            public String mutationName() {
                return "test.half";
            }

            @Override
            public Map<String, Object> args() {
                return Map.of();
            }

            @Override
            public UUID targetId() {
                return acme;
            }

            @Override
            public Applied applyTo(Workspace ws) {
                Tenant before = ws.tenant(acme).orElseThrow();
                ws.saveTenant(before, before.withDescription("written"));
                throw new IllegalStateException("disk full");
            }
        };
        assertThatThrownBy(() -> store.execute(halfDone)).hasMessage("disk full");
        assertThat(store.tenant(acme).orElseThrow().description()).isEmpty();
        assertThat(store.auditOf(acme)).hasSize(1);
        assertThat(store.outbox()).hasSize(3);
    }

    @Test
    void movingAClientUnderAnotherMakesItASubTenantAndUndoRestoresIt() {
        open();
        seed();
        UUID globex = UUID.randomUUID();
        store.execute(new CreateTenant(globex, msp, "Globex"));
        Command.Applied moved = store.execute(new UpdateTenant(globex, TenantChanges.move(acme)));
        assertThat(moved.label()).isEqualTo("move of Globex");
        assertThat(store.tenant(globex).orElseThrow().kind()).isEqualTo(TenantKind.SUB);
        store.execute(moved.inverse());
        assertThat(store.tenant(globex).orElseThrow().kind()).isEqualTo(TenantKind.CLIENT);
        assertThat(store.tenant(globex).orElseThrow().parentId()).isEqualTo(msp);
    }

    @Test
    void deleteIsATombstoneThatUndoRestores() {
        open();
        seed();
        Command.Applied deleted = store.execute(new DeleteTenant(berlin));
        assertThat(store.loadHierarchy().node(berlin)).isEmpty();
        assertThat(store.tenant(berlin).orElseThrow().deleted()).isTrue();
        store.execute(deleted.inverse());
        assertThat(store.loadHierarchy().node(berlin)).isPresent();
    }

    @Test
    void slugsStayUniqueInstanceWide() {
        open();
        seed();
        UUID other = UUID.randomUUID();
        store.execute(new CreateTenant(other, berlin, "Acme"));
        assertThat(store.tenant(other).orElseThrow().slug()).isEqualTo("acme-2");
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedClearly() {
        open();
        assertThatThrownBy(() -> LocalStore.open(folder, "sam", CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Another Canopy is already using the data folder");
    }

    @Test
    void aDatabaseFromANewerCanopyIsRefusedAndLeftAlone() throws Exception {
        open();
        seed();
        store.close();
        store = null;
        List<List<Object>> history;
        try (var c = DriverManager.getConnection(databaseUrl(), "sa", ""); var st = c.createStatement()) {
            st.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
            history = schemaHistory(c);
        }
        Map<String, String> files = databaseFileHashes();
        assertThat(files).containsKey("canopy.mv.db");

        assertThatThrownBy(() -> LocalStore.open(folder, "alex", CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Canopy (schema 99)");
        // the refused open released its lock: a second try gets the same answer, not "already in use"
        assertThatThrownBy(() -> LocalStore.open(folder, "alex", CLOCK)).hasMessageContaining("newer version of Canopy");

        assertThat(databaseFileHashes()).as("the database files, byte for byte").isEqualTo(files);
        try (var c = DriverManager.getConnection(databaseUrl(), "sa", "")) {
            assertThat(schemaHistory(c)).as("no migration ran, none was recorded").isEqualTo(history);
        }
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + folder.resolve("canopy");
    }

    private static List<List<Object>> schemaHistory(java.sql.Connection c) throws java.sql.SQLException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("select * from \"flyway_schema_history\" order by \"installed_rank\"")) {
            while (rs.next()) {
                List<Object> row = new java.util.ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** SHA-256 of every H2 file in the data folder, by name: a file written, added or removed shows. */
    private Map<String, String> databaseFileHashes() throws Exception {
        Map<String, String> hashes = new java.util.TreeMap<>();
        try (var listing = Files.list(folder)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedClearly() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> LocalStore.open(file.resolve("data"), "alex", CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the data folder");
    }
}
