package dev.canopy.ui.common;

import dev.canopy.domain.person.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * The active people of one role (or with no app access, when the role is empty) that a count on the overview points
 * at, with what they are in words ("3 tenant admins of Acme"); the Users tab shows only them until cleared.
 */
public record PeopleShortlist(String description, Optional<Role> role, boolean includeSubTenants) {

    public PeopleShortlist {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(role, "role");
    }

    /** Whether a person belongs to the list: active, and of its role. */
    public boolean includes(dev.canopy.domain.person.Person person) {
        return person.active() && Optional.ofNullable(person.role()).equals(role);
    }
}
