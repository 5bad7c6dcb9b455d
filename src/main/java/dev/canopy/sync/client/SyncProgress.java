package dev.canopy.sync.client;

/** How long sync work reports progress and learns it was cancelled (the UI adapts its task progress to this). */
public interface SyncProgress {

    void update(double fraction, String line);

    boolean isCancelled();

    SyncProgress NONE = new SyncProgress() {
        @Override
        public void update(double fraction, String line) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
