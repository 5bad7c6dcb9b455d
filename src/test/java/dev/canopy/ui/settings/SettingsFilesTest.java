package dev.canopy.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFilesTest {

    @TempDir
    Path config;

    @Test
    void settingsAndWindowStateComeBackAsSaved() throws Exception {
        SettingsFiles files = new SettingsFiles(config);
        Settings chosen = new Settings(Settings.Theme.DARK, 16, Settings.Density.COMPACT, "Asia/Tokyo", 0, "/srv/canopy", false);
        files.saveSettings(chosen);
        WindowState window = new WindowState(100, 80, 1000, 700, true, 0.4, "7c9e6679-7425-40de-944b-e07fc1f90ae7", "usersTab");
        files.saveWindow(window);

        SettingsFiles again = new SettingsFiles(config);
        assertThat(again.loadSettings()).isEqualTo(chosen);
        assertThat(again.loadSettings().autoSync()).as("0 minutes is auto-sync off").isNull();
        assertThat(again.loadWindow()).isEqualTo(window);
        assertThat(config.resolve("settings.json")).exists();
        try (var left = Files.list(config)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no part file left").containsExactlyInAnyOrder("settings.json", "window.json");
        }
    }

    @Test
    void noFileOrAGarbledOneGivesTheDefaults() throws Exception {
        SettingsFiles files = new SettingsFiles(config);
        assertThat(files.loadSettings()).isEqualTo(Settings.defaults());
        assertThat(files.loadWindow().hasBounds()).isFalse();

        Files.writeString(config.resolve("settings.json"), "{\"theme\": \"DARK\", \"fontSize\": 1");
        Files.writeString(config.resolve("window.json"), "not json at all");
        assertThat(files.loadSettings()).isEqualTo(Settings.defaults());
        assertThat(files.loadWindow()).isEqualTo(WindowState.none());
    }

    @Test
    void aHandEditedFileKeepsWhatIsValidAndDefaultsTheRest() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"theme\": \"DARK\", \"fontSize\": 99, \"timeZone\": \"Mars/Olympus\", \"autoSyncMinutes\": -3, \"colour\": \"green\"}");
        Settings read = new SettingsFiles(config).loadSettings();
        assertThat(read.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(read.fontSize()).isEqualTo(Settings.defaults().fontSize());
        assertThat(read.timeZone()).as("an unknown zone is the computer's zone").isNull();
        assertThat(read.autoSyncMinutes()).isEqualTo(5);
        assertThat(read.confirmDeletes()).as("a missing field never turns confirmation off").isTrue();
    }

    @Test
    void eachFilesTypeReadsBackAsItIsWrittenSoTheWarmUpNeverFails(@TempDir Path config) {
        // the start's warm-up round-trips each type's empty value; a type that did not would fail on its thread at start
        new JsonFile<>(config.resolve("settings.json"), Settings.class).warmUp(Settings.defaults());
        new JsonFile<>(config.resolve("window.json"), WindowState.class).warmUp(WindowState.none());
        new JsonFile<>(config.resolve("columns.json"), dev.canopy.ui.common.ColumnLayouts.Saved.class).warmUp(dev.canopy.ui.common.ColumnLayouts.Saved.none());
        assertThat(config).isEmptyDirectory();  // it touches no file
    }
}
