package dev.canopy.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passwords come from NAME or the file named by NAME_FILE, as Docker and systemd hand them out. */
class SecretsTest {

    @TempDir
    Path temp;

    @Test
    void theVariableWinsThenTheFileWithoutItsTrailingNewline() throws Exception {
        Path file = Files.writeString(temp.resolve("db-password"), "s3cret from file\n");
        assertThat(new Secrets(Map.of("CANOPY_DB_PASSWORD", "direct", "CANOPY_DB_PASSWORD_FILE", file.toString()))
                .read("CANOPY_DB_PASSWORD")).isEqualTo("direct");
        assertThat(new Secrets(Map.of("CANOPY_DB_PASSWORD_FILE", file.toString())).read("CANOPY_DB_PASSWORD"))
                .isEqualTo("s3cret from file");
        assertThat(new Secrets(Map.of()).read("CANOPY_DB_PASSWORD")).isNull();
    }

    @Test
    void anUnreadableFileIsABadInputNamingTheVariable() {
        Path missing = temp.resolve("missing");
        assertThatThrownBy(() -> new Secrets(Map.of("CANOPY_TLS_PASSWORD_FILE", missing.toString())).read("CANOPY_TLS_PASSWORD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CANOPY_TLS_PASSWORD_FILE names " + missing + ", which cannot be read (NoSuchFileException)");
    }
}
