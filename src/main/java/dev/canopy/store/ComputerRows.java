package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;

/** How a computer and its inventory become rows: one batch entry each, for the sample writer and for a first publish. */
final class ComputerRows {

    static final String INSERT_COMPUTER = "insert into computer (id, name, tenant_id, serial_number, device_id, os, os_version,"
            + " last_seen, primary_person_id, tags, version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String INSERT_SOFTWARE = "insert into computer_software (computer_id, position, name, version, publisher) values (?,?,?,?,?)";

    private ComputerRows() {
    }

    /** Every column but the id, set by {@link #bind} as parameters 2..14 and the id as 15, for a pulled computer that is here already. */
    static final String UPDATE_COMPUTER = "update computer set (id, name, tenant_id, serial_number, device_id, os, os_version,"
            + " last_seen, primary_person_id, tags, version, updated_at, updated_by, deleted) = (?,?,?,?,?,?,?,?,?,?,?,?,?,?) where id = ?";

    static void add(PreparedStatement computers, PreparedStatement software, Computer c) throws SQLException {
        bind(computers, c);
        computers.addBatch();
        addSoftware(software, c);
    }

    /** The computer's columns as parameters 1..14, in {@link #INSERT_COMPUTER}'s order. */
    static void bind(PreparedStatement computers, Computer c) throws SQLException {
        computers.setObject(1, c.id());
        computers.setString(2, c.name());
        computers.setObject(3, c.tenantId());
        computers.setString(4, c.serialNumber());
        computers.setString(5, c.deviceId());
        computers.setString(6, c.os());
        computers.setString(7, c.osVersion());
        if (c.lastSeen() == null) {
            computers.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            computers.setObject(8, c.lastSeen().atOffset(ZoneOffset.UTC));
        }
        computers.setObject(9, c.primaryPersonId());
        computers.setString(10, String.join(",", c.tags()));
        setMeta(computers, 11, c.meta());
    }

    static void addSoftware(PreparedStatement software, Computer c) throws SQLException {
        int position = 0;
        for (Software s : c.software()) {
            software.setObject(1, c.id());
            software.setInt(2, position++);
            software.setString(3, s.name());
            software.setString(4, s.version());
            software.setString(5, s.publisher());
            software.addBatch();
        }
    }

    static void setMeta(PreparedStatement st, int first, RecordMeta meta) throws SQLException {
        st.setLong(first, meta.version());
        st.setObject(first + 1, meta.updatedAt().atOffset(ZoneOffset.UTC));
        st.setString(first + 2, meta.updatedBy());
        st.setBoolean(first + 3, meta.deleted());
    }
}
