package dev.canopy.domain.sample;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A computer's maintenance history over the last 30–60 days: 3–5 nightly sessions, mostly succeeded; failures
 * more often where the tenant lags behind (the same machines that fall out of compliance), now and then one
 * cancelled, and on a computer online right now sometimes one still running. None after the computer was last seen.
 */
final class SampleSessions {

    private static final List<String> SUCCEEDED_WINDOWS = List.of(
            "Installed %d updates; no reboot needed", "Installed %d updates and rebooted",
            "Installed Windows Update 2024-11 cumulative (KB5046617) and %d others; rebooted",
            "Updated Google Chrome to 131.0.6778.86 and %d other applications", "No updates needed (%d checked)");
    private static final List<String> SUCCEEDED_OTHER = List.of(
            "Installed %d updates; no reboot needed", "Updated %d applications", "No updates needed (%d checked)");
    private static final List<String> FAILED_WINDOWS = List.of(
            "Windows Update 2024-11 cumulative failed: 0x800f0922 (insufficient space on the system reserved partition)",
            "Reboot suppressed during business hours", "Agent lost contact during installation of Zoom 5.17",
            "Installer of Adobe Acrobat Reader 24.004.20220 exited with 1603 (fatal error during installation)",
            "Disk space below 2 GB on C:; updates skipped", "A reboot from an earlier session is pending; installation postponed");
    private static final List<String> FAILED_OTHER = List.of(
            "Agent lost contact during installation of Zoom 5.17", "Reboot suppressed during business hours",
            "Package download failed: the update server did not answer within 10 minutes");
    private static final List<String> CANCELLED = List.of(
            "Cancelled by a technician", "The maintenance window ended before installation finished",
            "The user postponed the reboot three times; session cancelled");
    private static final List<String> RUNNING = List.of("Installing updates (%d of 6)", "Downloading Windows Update 2024-12 cumulative (%d0%%)");

    private final Random random;
    private final Instant now;
    private final RecordMeta meta;
    private final Supplier<UUID> ids;

    SampleSessions(Random random, Instant now, RecordMeta meta, Supplier<UUID> ids) {
        this.random = random;
        this.now = now;
        this.meta = meta;
        this.ids = ids;
    }

    /** Emits the sessions of one computer, newest first; answers how many. */
    int generate(Computer computer, double lag, java.util.function.Consumer<MaintenanceSession> sink) {
        boolean windows = computer.os().startsWith("Windows");
        boolean online = computer.lastSeen() != null && Duration.between(computer.lastSeen(), now).toMinutes() < 15;
        Instant latest = computer.lastSeen() == null || computer.lastSeen().isAfter(now) ? now : computer.lastSeen();
        int count = 3 + random.nextInt(3);
        int made = 0;
        if (online && random.nextInt(60) == 0) {
            Instant started = now.minus(Duration.ofMinutes(5 + random.nextInt(180)));
            sink.accept(session(computer, started, null, SessionStatus.RUNNING, String.format(pick(RUNNING), 1 + random.nextInt(5))));
            made++;
        }
        int spanDays = 30 + random.nextInt(31);
        double failed = Math.min(0.35, 0.05 + lag * 0.6);
        for (int i = made; i < count; i++) {
            // spread over the span, at night (between 01:00 and 05:00 UTC)
            long daysBack = 1 + (long) (spanDays * (i + random.nextDouble() * 0.8) / count);
            Instant started = latest.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(daysBack))
                    .plus(Duration.ofMinutes(60 + random.nextInt(240)));
            double roll = random.nextDouble();
            SessionStatus status = roll < failed ? SessionStatus.FAILED : roll < failed + 0.035 ? SessionStatus.CANCELLED : SessionStatus.SUCCEEDED;
            double shape = random.nextDouble();
            Instant finished = started.plus(Duration.ofMinutes(10 + (long) (80 * shape * shape)));
            sink.accept(session(computer, started, finished, status, summary(status, windows)));
            made++;
        }
        return made;
    }

    private String summary(SessionStatus status, boolean windows) {
        return switch (status) {
            case SUCCEEDED -> String.format(pick(windows ? SUCCEEDED_WINDOWS : SUCCEEDED_OTHER), 1 + random.nextInt(7));
            case FAILED -> pick(windows ? FAILED_WINDOWS : FAILED_OTHER);
            case CANCELLED -> pick(CANCELLED);
            case RUNNING -> throw new IllegalArgumentException("a running session's summary is made where it starts");
        };
    }

    private MaintenanceSession session(Computer computer, Instant started, Instant finished, SessionStatus status, String summary) {
        return new MaintenanceSession(ids.get(), computer.id(), computer.tenantId(), started, finished, status, summary, meta);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
