package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.ExternalRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People are plain columns (they are counted, searched by e-mail and bulk-loaded by the sample); their integration
 * mappings are rows of person_external_ref, read with them in one more query.
 */
final class PersonTable implements RecordTable<Person> {

    private static final String COLUMNS = "id, tenant_id, display_name, email, role, active, version, updated_at, updated_by, deleted";

    @Override
    public Optional<Person> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from person where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(withRefs(connection, List.of(read(rows))).get(0));
            }
        }
    }

    @Override
    public List<Person> findAll(Connection connection, Collection<UUID> ids) throws SQLException {
        List<Person> people = new ArrayList<>();
        // the ids joined as a table: H2 compares "id = any(?)" with every key for every row of the table
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from unnest(?) as wanted(k) join person p on p.id = wanted.k")) {
            select.setArray(1, SqlArrays.uuids(connection, new java.util.LinkedHashSet<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(read(rows));
                }
            }
        }
        return withRefs(connection, people);
    }

    @Override
    public List<Person> ofTenants(Connection connection, Collection<UUID> tenantIds) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from person where deleted = false and tenant_id = any(?)")) {
            select.setArray(1, SqlArrays.uuids(connection, tenantIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(read(rows));
                }
            }
        }
        return withRefs(connection, people);
    }

    private static final String INSERT = "insert into person (tenant_id, display_name, email, role, active, version, updated_at,"
            + " updated_by, deleted, id) values (?,?,?,?,?,?,?,?,?,?)";

    @Override
    public void upsert(Connection connection, Person p) throws SQLException {
        // update, else insert: portable (the central server runs this on PostgreSQL too), and the caller's write lock
        // means no one else inserts the same id in between
        try (PreparedStatement update = connection.prepareStatement("update person set tenant_id = ?, display_name = ?, email = ?,"
                + " role = ?, active = ?, version = ?, updated_at = ?, updated_by = ?, deleted = ? where id = ?");
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PreparedStatement write : List.of(update, insert)) {
                bindInsert(write, p);
                if (write.executeUpdate() > 0) {
                    break;
                }
            }
        }
        ExternalRefRows.PERSON.replace(connection, p.id(), p.externalRefs());
    }

    @Override
    public String insertSql() {
        return INSERT;
    }

    @Override
    public void bindInsert(PreparedStatement write, Person p) throws SQLException {
        write.setObject(1, p.tenantId());
        write.setString(2, p.displayName());
        write.setString(3, p.email());
        write.setString(4, p.role() == null ? null : p.role().name());
        write.setBoolean(5, p.active());
        write.setLong(6, p.meta().version());
        write.setObject(7, p.meta().updatedAt().atOffset(ZoneOffset.UTC));
        write.setString(8, p.meta().updatedBy());
        write.setBoolean(9, p.meta().deleted());
        write.setObject(10, p.id());
    }

    @Override
    public void insertParts(Connection connection, List<Person> inserted) throws SQLException {
        try (PreparedStatement refs = connection.prepareStatement(ExternalRefRows.PERSON.insertSql())) {
            for (Person p : inserted) {
                ExternalRefRows.add(refs, p.id(), p.externalRefs());
            }
            refs.executeBatch();
        }
    }

    private static List<Person> withRefs(Connection connection, List<Person> people) throws SQLException {
        Map<UUID, List<ExternalRef>> refs = ExternalRefRows.PERSON.of(connection, people.stream().map(Person::id).toList());
        if (refs.isEmpty()) {
            return people;
        }
        List<Person> complete = new ArrayList<>(people.size());
        for (Person p : people) {
            List<ExternalRef> own = refs.get(p.id());
            complete.add(own == null ? p : new Person(p.id(), p.tenantId(), p.displayName(), p.email(), p.role(), p.active(), own, p.meta()));
        }
        return complete;
    }

    private static Person read(ResultSet rows) throws SQLException {
        String role = rows.getString(5);
        return new Person(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                role == null ? null : Role.valueOf(role), rows.getBoolean(6), List.of(),
                new RecordMeta(rows.getLong(7), rows.getObject(8, OffsetDateTime.class).toInstant(), rows.getString(9), rows.getBoolean(10)));
    }
}
