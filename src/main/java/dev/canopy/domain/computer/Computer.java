package dev.canopy.domain.computer;

import dev.canopy.domain.RecordMeta;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A managed computer, owned by one tenant. */
public record Computer(UUID id,
                       String name,
                       UUID tenantId,
                       String serialNumber,
                       String deviceId,
                       String os,
                       String osVersion,
                       Instant lastSeen,
                       UUID primaryPersonId,
                       List<String> tags,
                       List<Software> software,
                       RecordMeta meta) {

    public Computer {
        tags = List.copyOf(tags);
        software = List.copyOf(software);
    }

    public ComputerStatus status(Instant now) {
        return ComputerStatus.of(lastSeen, now);
    }
}
