package dev.canopy.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** One failure no code caught: when, on which thread, and the exception itself. */
public record UncaughtError(Instant time, String thread, Throwable error) {

    public UncaughtError {
        Objects.requireNonNull(time);
        Objects.requireNonNull(thread);
        Objects.requireNonNull(error);
    }

    /** The time, thread and full stack trace (causes included), as a bug report wants them. */
    public String details(ZoneId zone) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Time: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(zone)) + "\n"
                + "Thread: " + thread + "\n"
                + trace.toString().stripTrailing() + "\n";
    }

    /**
     * What makes two errors "the same" for a technician who already closed the dialog about one: the exception's class,
     * its message and where it was thrown. Repeats of it are hushed for a while (they still go to the log).
     */
    String signature() {
        StackTraceElement top = error.getStackTrace().length == 0 ? null : error.getStackTrace()[0];
        return error.getClass().getName() + ": " + error.getMessage() + " @ " + top;
    }
}
