package dev.canopy.ui.common;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * When each start-up phase was reached, in milliseconds since the JVM started: what the bench
 * prints next to the cold-start time, so a slow start says where it went.
 */
public final class StartupTrace {

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static final Map<String, Long> MARKS = new ConcurrentHashMap<>();

    private StartupTrace() {
    }

    /** Records the first time a phase is reached; later calls for the same phase are ignored. */
    public static void mark(String phase) {
        MARKS.putIfAbsent(phase, sinceJvmStart());
    }

    public static long sinceJvmStart() {
        return System.currentTimeMillis() - JVM_START;
    }

    /** "launcher=150 toolkit=430 …" in the order the phases were reached. */
    public static String summary() {
        return MARKS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
