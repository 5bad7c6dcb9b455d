package dev.canopy.ui.common;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Some computers a view points at, with what they are in words ("12 non-compliant computers of Acme"): a number on
 * the overview opens the list behind it in the Computers tab through this, with the sub-tenants it counted.
 */
public record ComputerShortlist(String description, Set<UUID> computerIds, boolean includeSubTenants) {

    public ComputerShortlist {
        Objects.requireNonNull(description, "description");
        computerIds = Set.copyOf(computerIds);
    }
}
