package dev.canopy.ui.schedules;

import java.util.List;
import java.util.UUID;

/** What the computer picker needs of a computer. {@code tenantId} is null for a chosen id that no longer exists. */
public record ComputerChoice(UUID id, String name, UUID tenantId, List<String> tags) {

    public ComputerChoice {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static ComputerChoice missing(UUID id) {
        return new ComputerChoice(id, "Missing computer " + id.toString().substring(0, 8), null, List.of());
    }
}
