package dev.canopy.domain.schedule;

/** Which computers of the owner tenant a schedule covers. */
public enum TargetKind {
    ALL_COMPUTERS,
    TAG,
    COMPUTERS
}
