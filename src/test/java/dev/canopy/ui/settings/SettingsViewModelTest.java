package dev.canopy.ui.settings;

import dev.canopy.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    private final List<Settings> applied = new ArrayList<>();
    private final List<Settings> saved = new ArrayList<>();

    private SettingsViewModel model(Settings start) {
        return new SettingsViewModel(start, Path.of("/home/ana/.local/share/canopy"), applied::add, saved::add, new ImmediateTaskExecutor());
    }

    @Test
    void applyPutsTheFieldsIntoEffectAndSavesThem() {
        SettingsViewModel model = model(Settings.defaults());
        model.themeProperty().set(Settings.Theme.DARK);
        model.fontSizeProperty().set(15);
        model.densityProperty().set(Settings.Density.COMPACT);
        model.zoneProperty().set(" America/New_York ");
        model.autoSyncMinutesProperty().set(0);
        model.confirmDeletesProperty().set(false);

        assertThat(model.apply()).isTrue();
        Settings expected = new Settings(Settings.Theme.DARK, 15, Settings.Density.COMPACT, "America/New_York", 0, null, false);
        assertThat(applied).containsExactly(expected);
        assertThat(saved).containsExactly(expected);
        assertThat(model.noticeProperty().get()).isEqualTo("Saved.");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aFieldThatDoesNotHoldIsNamedAndNothingChanges() {
        SettingsViewModel model = model(Settings.defaults());
        model.zoneProperty().set("Berlin");
        assertThat(model.apply()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Time zone: \"Berlin\" is not a time zone name");

        model.zoneProperty().set("");
        model.dataFolderProperty().set("canopy-data");
        assertThat(model.apply()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Data folder: \"canopy-data\" is not a full path");
        assertThat(applied).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void aNewDataFolderIsSavedForTheNextStart() {
        SettingsViewModel model = model(Settings.defaults());
        String other = Path.of("/srv/canopy-team").toAbsolutePath().toString();
        model.dataFolderProperty().set(other);
        assertThat(model.apply()).isTrue();
        assertThat(saved.get(0).dataFolder()).isEqualTo(other);
        assertThat(model.noticeProperty().get()).isEqualTo("Saved. Canopy opens " + other + " the next time it starts.");
        assertThat(model.dataFolderHint()).contains("/home/ana/.local/share/canopy").contains("next time Canopy starts");
    }

    @Test
    void aFailedSaveIsSaidButTheSettingsStillApply() {
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), Path.of("/data"), applied::add,
                s -> { throw new IOException("config folder is read-only"); }, new ImmediateTaskExecutor());
        model.fontSizeProperty().set(12);
        assertThat(model.apply()).isTrue();
        assertThat(applied).hasSize(1);
        assertThat(model.problemProperty().get()).isEqualTo("Settings could not be saved: config folder is read-only");
    }
}
