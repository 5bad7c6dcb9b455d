package dev.canopy.sync.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFileTest {

    @TempDir
    Path config;

    @Test
    void aSavedConnectionIsKeptPerDataFolderReadableByItsOwnerOnly() throws Exception {
        ConnectionFile file = new ConnectionFile(config);
        Path laptop = config.resolve("laptop-data");
        Path other = config.resolve("other-data");
        file.save(laptop, new ServerConnection(URI.create("https://canopy.northwind.example"), "cnp_secret"));

        assertThat(file.load(laptop)).contains(new ServerConnection(URI.create("https://canopy.northwind.example"), "cnp_secret"));
        assertThat(file.load(other)).isEmpty();
        assertThat(Files.getPosixFilePermissions(file.file()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        file.forget(laptop);
        assertThat(new ConnectionFile(config).load(laptop)).isEmpty();
    }

    @Test
    void theTokenNeverShowsInAConnectionsText() {
        assertThat(new ServerConnection(URI.create("http://127.0.0.1:8080"), "cnp_secret").toString())
                .contains("127.0.0.1").doesNotContain("cnp_secret");
    }
}
