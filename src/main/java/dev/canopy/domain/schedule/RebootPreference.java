package dev.canopy.domain.schedule;

/** What a maintenance run does about reboots that updates ask for. */
public enum RebootPreference {
    NORMAL,
    FORCE,
    SUPPRESS,
    IF_REQUIRED
}
