package dev.canopy.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigratorTest {

    @Test
    void latestMatchesTheNewestShippedMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMigrator.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(SchemaMigrator.LATEST).isEqualTo(newest);
        }
    }
}
