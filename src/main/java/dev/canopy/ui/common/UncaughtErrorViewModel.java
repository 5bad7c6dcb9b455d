package dev.canopy.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the uncaught-error dialog says and copies, and when it opens. One dialog at a time: errors that come while it is
 * open join it as a count (a burst of failures gives one dialog, not dozens); once the technician closes it, the same
 * error again within a minute is only logged, so a failure that repeats on every frame cannot reopen it endlessly.
 * Used on the FX thread only.
 */
public final class UncaughtErrorViewModel {

    /** Errors of one open dialog whose full details are copied; the rest are counted (all are in the log). */
    static final int DETAILED = 5;
    static final Duration HUSH = Duration.ofMinutes(1);

    private final Clock clock;
    private final String version;
    private final Path log;
    private final List<UncaughtError> detailed = new ArrayList<>();
    private final Map<String, Instant> hushedUntil = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int count;

    /**
     * @param version the app's version, or null when it is not recorded (not a packaged build)
     * @param log     the log file the errors are written to, or null when there is none
     */
    public UncaughtErrorViewModel(Clock clock, String version, Path log) {
        this.clock = clock;
        this.version = version;
        this.log = log;
    }

    /** Takes an error; true when a dialog must open for it, false when it joined the open one or is hushed. */
    public boolean report(UncaughtError error) {
        Instant now = clock.instant();
        hushedUntil.values().removeIf(until -> !until.isAfter(now));
        if (count == 0 && hushedUntil.containsKey(error.signature())) {
            return false;
        }
        count++;
        if (detailed.size() < DETAILED) {
            detailed.add(error);
        }
        message.set(sentence());
        return count == 1;
    }

    /** The dialog closed: the next error opens a new one, unless it is one of those just shown. */
    public void closed() {
        Instant until = clock.instant().plus(HUSH);
        detailed.forEach(e -> hushedUntil.put(e.signature(), until));
        detailed.clear();
        count = 0;
        message.set("");
    }

    public boolean isOpen() {
        return count > 0;
    }

    /** The on-screen words: what happened, that Canopy goes on, where the details are. Never a stack trace. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private String sentence() {
        Throwable first = ErrorDialogs.unwrap(detailed.get(0).error());
        String what = ErrorDialogs.reasonFor(first)
                .orElse("Something unexpected went wrong (" + first.getClass().getSimpleName() + ").");
        String more = count == 1 ? "" : " It happened " + Plural.count(count - 1, "more time") + " since.";
        return what + more + " Canopy goes on running; if a view looks wrong, close it and open it again.\n\n"
                + "The details are in " + (log == null ? "Canopy's log" : log.toString())
                + ". Copy details puts them on the clipboard, for a bug report.";
    }

    /** Time, version, thread, exception and stack trace of each error of the open dialog, as plain text. */
    public String details() {
        StringBuilder text = new StringBuilder("Canopy error report\n")
                .append("Version: ").append(version == null ? "not recorded (not a packaged build)" : version).append('\n')
                .append("Java: ").append(System.getProperty("java.version")).append(" on ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        if (log != null) {
            text.append("Log: ").append(log).append('\n');
        }
        for (int i = 0; i < detailed.size(); i++) {
            text.append('\n');
            if (count > 1) {
                text.append("Error ").append(i + 1).append(" of ").append(count).append('\n');
            }
            text.append(detailed.get(i).details(clock.getZone()));
        }
        if (count > detailed.size()) {
            text.append("\n").append(Plural.count(count - detailed.size(), "more error")).append(", in the log.\n");
        }
        return text.toString();
    }
}
