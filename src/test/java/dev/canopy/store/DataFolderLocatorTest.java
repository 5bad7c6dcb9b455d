package dev.canopy.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-user config folder (where the server token lives) follows each OS's convention, apart from the data folder. */
class DataFolderLocatorTest {

    @Test
    void theConfigFolderFollowsEachOperatingSystemAndTheVariableOverridesIt() {
        assertThat(System.getProperty("canopy.config")).as("no test leaves the override set").isNull();
        assertThat(new DataFolderLocator(Map.of(), "Linux", "/home/dana").configFolder()).isEqualTo(Path.of("/home/dana/.config/canopy"));
        assertThat(new DataFolderLocator(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/dana").configFolder())
                .isEqualTo(Path.of("/cfg/canopy"));
        assertThat(new DataFolderLocator(Map.of("APPDATA", "/roaming"), "Windows 11", "/users/dana").configFolder())
                .isEqualTo(Path.of("/roaming/Canopy"));
        assertThat(new DataFolderLocator(Map.of(), "Mac OS X", "/Users/dana").configFolder())
                .isEqualTo(Path.of("/Users/dana/Library/Preferences/Canopy"));
        assertThat(new DataFolderLocator(Map.of("CANOPY_CONFIG", "/etc/canopy-dana", "XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/dana")
                .configFolder()).isEqualTo(Path.of("/etc/canopy-dana"));
    }

    @Test
    void onlyAFlagOrVariableNamesAFolderBeforeTheSettingsAreAsked() {
        assertThat(System.getProperty("canopy.home")).as("no test leaves the override set").isNull();
        DataFolderLocator plain = new DataFolderLocator(Map.of(), "Linux", "/home/dana");
        assertThat(plain.named(null)).isEmpty();
        assertThat(plain.named(Path.of("/data/canopy"))).contains(Path.of("/data/canopy"));
        assertThat(new DataFolderLocator(Map.of("CANOPY_HOME", "/srv/canopy"), "Linux", "/home/dana").named(null)).contains(Path.of("/srv/canopy"));
        assertThat(plain.locate(null, Path.of("/chosen"))).isEqualTo(Path.of("/chosen"));
    }
}
