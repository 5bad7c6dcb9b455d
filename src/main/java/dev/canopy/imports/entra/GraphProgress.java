package dev.canopy.imports.entra;

/**
 * How reading users from Graph (or saved pages) reports how far it is and learns it was cancelled. The desktop app
 * adapts its task progress to this; the command line and tests use {@link #NONE}. Callable from any thread.
 */
public interface GraphProgress {

    /** After each page: users read so far and the page just read (counted from 1). */
    void read(int usersSoFar, int page);

    boolean isCancelled();

    GraphProgress NONE = new GraphProgress() {
        @Override
        public void read(int usersSoFar, int page) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
