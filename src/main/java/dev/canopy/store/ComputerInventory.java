package dev.canopy.store;

import dev.canopy.domain.computer.Software;

import java.util.List;
import java.util.UUID;

/**
 * A live computer as a compliance report or the overview reads it: who it is, where it lives, its tags, when its agent
 * last checked in (null if never), the inventory lines asked for (in no order).
 */
public record ComputerInventory(UUID id, String name, UUID tenantId, List<String> tags, java.time.Instant lastSeen, List<Software> software) {
}
