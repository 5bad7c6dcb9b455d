package dev.canopy.ui.sync;

/** One pending edit as the sync panel lists it: what it did and when it was made (the technician's time). */
public record PendingRow(long id, String what, String when) {
}
