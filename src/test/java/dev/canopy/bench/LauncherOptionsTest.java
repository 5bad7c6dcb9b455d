package dev.canopy.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `mvn javafx:run` starts the app with the installed launcher's JVM options, so the bench's two forms differ by the archive only. */
class LauncherOptionsTest {

    @Test
    void theClassPathFormRunsWithTheLaunchersOptionsButItsArchive() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>", Pattern.DOTALL).matcher(pom);
        assertThat(plugin.find()).as("the javafx-maven-plugin's <options>").isTrue();
        List<String> runOptions = Pattern.compile("<option>(.*?)</option>").matcher(plugin.group(1)).results().map(m -> m.group(1).trim()).toList();

        assertThat(runOptions).containsExactlyElementsOf(LauncherOptions.withoutArchive());
        assertThat(LauncherOptions.withoutArchive()).contains("-Xmx1g", "-Dfile.encoding=UTF-8");
        assertThat(LauncherOptions.all()).contains("-XX:SharedArchiveFile=$APPDIR/canopy.jsa", "-Xshare:auto");
    }
}
