package dev.canopy.sync.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test on a {@link ScopedTeam} made in a temporary folder, closed after each test. */
abstract class ScopedTeamTest {

    @TempDir
    Path root;

    ScopedTeam team;

    @AfterEach
    void closeTeam() {
        if (team != null) {
            team.close();
        }
    }
}
