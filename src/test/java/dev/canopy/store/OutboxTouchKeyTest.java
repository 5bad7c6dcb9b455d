package dev.canopy.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema 9 keys each pending mutation's touched records by a range of the touch table's own key instead of a foreign
 * key: a folder of schema 8 keeps every pending touch under its mutation, and removing one mutation removes its
 * touches and no other's.
 */
class OutboxTouchKeyTest {

    @TempDir
    Path folder;

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();

    @Test
    void pendingTouchesOfASchema8FolderStayWithTheirMutationAndLeaveWithIt() throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("canopy");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            mutation(c, 1);
            mutation(c, 2);
            touch(c, 1, first, "[\"name\"]");
            touch(c, 1, second, "[\"tenantId\"]");
            touch(c, 2, third, "[\"name\",\"os\"]");
        }

        try (LocalStore store = LocalStore.open(folder); Connection c = store.dataSourceForTests().getConnection()) {
            assertThat(OutboxTouches.ofMutation(c, 1)).extracting(OutboxTouches.Touch::id).containsExactlyInAnyOrder(first, second);
            assertThat(OutboxTouches.ofMutation(c, 2)).singleElement()
                    .satisfies(t -> assertThat(t.fields()).containsExactly("name", "os"));

            OutboxRows.remove(c, 1);

            assertThat(OutboxTouches.ofMutation(c, 1)).isEmpty();
            assertThat(OutboxTouches.pendingFields(c, "computer", third, "", 0)).containsExactly("name", "os");
            assertThat(OutboxTouches.pendingFields(c, "computer", first, "", 0)).isEmpty();
        }
    }

    @Test
    void touchesOfMutationsWrittenOneAfterAnotherAreKeptApart() throws SQLException {
        try (LocalStore store = LocalStore.open(folder); Connection c = store.dataSourceForTests().getConnection()) {
            // past 2^31 / 2^24: a key computed in 32 bits would overflow
            mutation(c, 7_000);
            mutation(c, 8_000);
            OutboxTouches.append(c, 7_000, List.of(new OutboxTouches.Touch("computer", first, "", Set.of("tenantId")),
                    new OutboxTouches.Touch("computer", second, "", Set.of("name")), new OutboxTouches.Touch("tenant", third, "", Set.of("name"))));
            OutboxTouches.append(c, 8_000, List.of(new OutboxTouches.Touch("computer", first, "", Set.of("os"))));

            assertThat(OutboxTouches.ofMutation(c, 7_000)).hasSize(3);
            assertThat(OutboxTouches.pendingFields(c, "computer", first, "", 0)).containsExactlyInAnyOrder("tenantId", "os");

            OutboxRows.remove(c, 8_000);
            assertThat(OutboxTouches.ofMutation(c, 7_000)).hasSize(3);
            assertThat(OutboxTouches.pendingFields(c, "computer", first, "", 0)).containsExactly("tenantId");
            OutboxRows.removeAll(c);
            assertThat(OutboxTouches.any(c)).isFalse();
        }
    }

    private static void mutation(Connection c, long id) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into outbox_mutation (id, name, args, base_version, created_at)"
                + " values (?, 'computer.save', '{}', 0, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, OffsetDateTime.parse("2026-12-01T08:00:00Z"));
            insert.executeUpdate();
        }
    }

    private static void touch(Connection c, long mutation, UUID record, String fields) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into outbox_touch (mutation_id, entity, record_id, setting_key, fields)"
                + " values (?, 'computer', ?, '', ?)")) {
            insert.setLong(1, mutation);
            insert.setObject(2, record);
            insert.setString(3, fields);
            insert.executeUpdate();
        }
    }
}
