package dev.canopy.store;

/** What watches a backup being written: how far it is, and whether the technician cancelled it. Called off the FX thread. */
public interface BackupWatch {

    /** The share of the work done, 0 to 1, and what is being done. */
    void progress(double fraction, String line);

    boolean cancelled();

    /** For a backup nobody watches (the command line, the daily one). */
    BackupWatch NONE = new BackupWatch() {
        @Override
        public void progress(double fraction, String line) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
