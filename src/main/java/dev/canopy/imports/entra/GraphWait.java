package dev.canopy.imports.entra;

/**
 * How the client waits out throttling (Retry-After): in short steps that notice a cancel, so the technician never
 * waits for a wait they no longer want. Tests pass one that only records the waits.
 */
@FunctionalInterface
public interface GraphWait {

    void pause(long millis, GraphProgress progress) throws GraphCancelled;

    long STEP_MILLIS = 100;

    GraphWait SLEEPING = (millis, progress) -> {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            for (long left = millis; left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                if (progress.isCancelled()) {
                    throw new GraphCancelled();
                }
                Thread.sleep(Math.min(STEP_MILLIS, left));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphCancelled();
        }
        if (progress.isCancelled()) {
            throw new GraphCancelled();
        }
    };
}
