package dev.canopy.store;

import dev.canopy.domain.command.CreateTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

/** A store test's set-up: a real H2 file holding Northwind (the MSP), its client Acme and Acme's site Acme Berlin. */
abstract class NorthwindStore {

    @TempDir
    Path folder;

    LocalStore store;
    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID berlin = UUID.randomUUID();

    @BeforeEach
    void openNorthwind() {
        store = LocalStore.open(folder);
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
