package dev.canopy.cli;

import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Subcommands on an encrypted data folder: the passphrase comes from CANOPY_PASSPHRASE, never an option. */
class EncryptedStoreCliTest extends SeededCli {

    private static final String PASSPHRASE = "laptop passphrase 42";

    @BeforeEach
    void encrypt() {
        new StoreEncryption().change(folder, StoreKey.none(), StoreKey.of(PASSPHRASE.toCharArray()), step -> { });
    }

    private record Run(int exit, String out, String err) {
    }

    /** The CLI in its own JVM, as a technician's shell runs it, with the environment variable set or not. */
    private Run inShell(String passphrase, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", folder.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove(CliStore.PASSPHRASE_VARIABLE);
        if (passphrase != null) {
            builder.environment().put(CliStore.PASSPHRASE_VARIABLE, passphrase);
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void withThePassphraseInTheEnvironmentTheExportReadsTheEncryptedStore() throws Exception {
        Run run = inShell(PASSPHRASE, "export");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"canopy-export\"", "Northwind");
    }

    @Test
    void aWrongPassphraseInTheEnvironmentSaysSoAndExitsTwo() throws Exception {
        Run run = inShell("not it at all", "export");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("That passphrase does not open the database").doesNotContain("Exception");
    }

    @Test
    void withoutAPassphraseItNamesTheVariableAndExitsTwo() {
        int exit = Main.run("--data-dir", folder.toString(), "export");

        assertThat(exit).isEqualTo(2);
        assertThat(errText()).contains("is encrypted", "Set CANOPY_PASSPHRASE").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
