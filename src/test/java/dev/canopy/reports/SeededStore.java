package dev.canopy.reports;

import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The report tests' store: a fresh data folder seeded before each test and closed after it. */
public abstract class SeededStore {

    @TempDir
    protected Path temp;

    protected LocalStore store;

    /** Writes the test's data into the new store. */
    protected abstract void seed(LocalStore store);

    @BeforeEach
    void openSeeded() {
        store = LocalStore.open(temp.resolve("data"));
        seed(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
