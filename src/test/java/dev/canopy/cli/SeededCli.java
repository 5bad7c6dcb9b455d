package dev.canopy.cli;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The command-line tests' set-up: a data folder holding {@link ComplianceSeed}, and stdout and stderr captured. */
abstract class SeededCli {

    @TempDir
    Path temp;

    Path folder;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void seedAndCapture() {
        folder = temp.resolve("data");
        try (LocalStore store = LocalStore.open(folder)) {
            new ComplianceSeed().write(store);
        }
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
