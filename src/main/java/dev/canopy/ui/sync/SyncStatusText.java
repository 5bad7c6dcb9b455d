package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncStatus;
import dev.canopy.ui.common.Plural;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sync status in words, as the status bar shows it: one short line ("Synced at 14:02 · 3 pending · 1 conflict"),
 * a tooltip that explains it calmly, and an icon. Times are in the technician's own zone (the clock's).
 */
public final class SyncStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static final String LOCAL_ONLY_TIP = "Edits are kept in this computer's data folder; no sync server is configured.";
    static final String OFFLINE_TIP = "Working offline; edits are kept and sent when the server is back.";

    /** What the status bar shows. tone: an AtlantaFX text style ("success", "warning", "danger") or "" for plain. */
    public record Line(String text, String tooltip, SyncIcon icon, String tone) {
    }

    private final Clock clock;

    public SyncStatusText(Clock clock) {
        this.clock = clock;
    }

    public Line of(SyncStatus status) {
        if (status == null || status.state() == SyncStatus.State.LOCAL_ONLY) {
            return new Line("Local only", LOCAL_ONLY_TIP, SyncIcon.LOCAL_ONLY, "");
        }
        List<String> parts = new ArrayList<>();
        String tip;
        SyncIcon icon;
        String tone = "";
        switch (status.state()) {
            case OFFLINE -> {
                parts.add(status.pending() > 0 ? "Offline — " + pending(status.pending()) : "Offline");
                tip = OFFLINE_TIP;
                icon = SyncIcon.OFFLINE;
            }
            case SYNCING -> {
                double p = status.progress();
                parts.add(p >= 0 && p <= 1 ? "Syncing… " + Math.round(p * 100) + "%" : "Syncing…");
                tip = status.detail() == null || status.detail().isBlank() ? "Sending your edits and receiving the team's." : status.detail();
                icon = SyncIcon.SYNCING;
            }
            case SYNCED -> {
                parts.add(status.lastSynced() == null ? "Synced" : "Synced " + when(status.lastSynced()));
                tip = status.pending() > 0 ? "Edits made since are sent at the next sync." : "Everything is up to date with the server.";
                icon = SyncIcon.SYNCED;
                tone = "success";
            }
            default -> {
                parts.add("Sync failed");
                tip = (status.detail() == null || status.detail().isBlank() ? "The last sync did not finish." : status.detail())
                        + " Edits are kept and sent at the next sync.";
                icon = SyncIcon.FAILED;
                tone = "warning";
            }
        }
        if (status.state() != SyncStatus.State.OFFLINE && status.pending() > 0) {
            parts.add(pending(status.pending()));
        }
        if (status.conflicts() > 0) {
            parts.add(Plural.count(status.conflicts(), "conflict"));
            icon = SyncIcon.CONFLICTS;
            tone = "warning";
            tip = tip + " " + (status.conflicts() == 1 ? "One edit needs" : "Some edits need") + " your decision (Conflicts, in the sync panel).";
        }
        StringBuilder tooltip = new StringBuilder(tip);
        if (status.server() != null) {
            tooltip.append("\nServer: ").append(status.server());
        }
        if (status.state() != SyncStatus.State.SYNCED && status.lastSynced() != null) {
            tooltip.append("\nLast synced ").append(when(status.lastSynced())).append('.');
        }
        return new Line(String.join(" · ", parts), tooltip.toString(), icon, tone);
    }

    private static String pending(int n) {
        return String.format("%,d pending", n);
    }

    /** "at 14:02" today, "on 3 Mar at 14:02" before. */
    public String when(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        String time = "at " + TIME.format(local);
        return local.toLocalDate().equals(LocalDate.now(clock)) ? time : "on " + DAY.format(local) + " " + time;
    }
}
