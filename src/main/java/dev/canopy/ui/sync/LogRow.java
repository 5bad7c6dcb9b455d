package dev.canopy.ui.sync;

/** One line of the sync log: when, whether it went well, what happened. */
public record LogRow(String when, boolean ok, String outcome) {
}
