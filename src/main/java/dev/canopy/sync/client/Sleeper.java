package dev.canopy.sync.client;

/** How sync waits before retrying a call; {@code Thread::sleep} in the app, one that does not wait in tests. */
@FunctionalInterface
public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
}
