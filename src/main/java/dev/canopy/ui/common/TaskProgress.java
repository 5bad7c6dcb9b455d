package dev.canopy.ui.common;

/**
 * What long work sees of its task: it reports how far it is (a fraction and one line of text) and
 * asks whether the technician has cancelled it. Callable from any thread.
 */
public interface TaskProgress {

    /** Progress from 0 to 1 (negative: unknown) and a line saying what is being done. */
    void update(double fraction, String line);

    boolean isCancelled();

    /** Stops the work at a safe point once the technician has cancelled it. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }

    /** For work that runs without anyone watching (the command line, tests). */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(double fraction, String line) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
