package dev.canopy.store.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The computer table with its inventory rows. */
@Entity
@Table(name = "computer")
public class ComputerEntity {

    @Id
    private UUID id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;
    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;
    @Column(name = "device_id", nullable = false, length = 100)
    private String deviceId;
    @Column(nullable = false, length = 100)
    private String os;
    @Column(name = "os_version", nullable = false, length = 50)
    private String osVersion;
    @Column(name = "last_seen")
    private Instant lastSeen;
    @Column(name = "primary_person_id")
    private UUID primaryPersonId;
    @Convert(converter = TagListConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> tags;
    @ElementCollection
    @CollectionTable(name = "computer_software", joinColumns = @JoinColumn(name = "computer_id"))
    @OrderColumn(name = "position")
    private List<SoftwareColumns> software = new ArrayList<>();
    @Embedded
    private SyncColumns sync;

    protected ComputerEntity() {
    }
}
