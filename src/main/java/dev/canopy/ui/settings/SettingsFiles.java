package dev.canopy.ui.settings;

import dev.canopy.store.DataFolderLocator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the settings and the window state live: settings.json and window.json in the OS user's config folder
 * ({@link DataFolderLocator#configFolder}: system property canopy.config, else $CANOPY_CONFIG, else the OS
 * convention), beside the server connection and apart from the data folder.
 */
public final class SettingsFiles {

    private final JsonFile<Settings> settings;
    private final JsonFile<WindowState> window;

    public SettingsFiles(Path configFolder) {
        this.settings = new JsonFile<>(configFolder.resolve("settings.json"), Settings.class);
        this.window = new JsonFile<>(configFolder.resolve("window.json"), WindowState.class);
    }

    public static SettingsFiles forThisUser() {
        return new SettingsFiles(DataFolderLocator.forThisMachine().configFolder());
    }

    public Path settingsPath() {
        return settings.path();
    }

    public Settings loadSettings() {
        return settings.read(Settings.defaults()).normalised();
    }

    public void saveSettings(Settings value) throws IOException {
        settings.write(value.normalised());
    }

    public WindowState loadWindow() {
        return window.read(WindowState.none());
    }

    public void saveWindow(WindowState value) throws IOException {
        window.write(value);
    }
}
