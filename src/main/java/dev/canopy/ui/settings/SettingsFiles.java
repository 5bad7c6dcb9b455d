package dev.canopy.ui.settings;

import dev.canopy.store.DataFolderLocator;
import dev.canopy.ui.common.ColumnLayouts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the settings and the window state live: settings.json, window.json and columns.json (tables' column order
 * and widths) in the OS user's config folder
 * ({@link DataFolderLocator#configFolder}: system property canopy.config, else $CANOPY_CONFIG, else the OS
 * convention), beside the server connection and apart from the data folder.
 */
public final class SettingsFiles {

    private final JsonFile<Settings> settings;
    private final JsonFile<WindowState> window;
    private final JsonFile<ColumnLayouts.Saved> columns;

    public SettingsFiles(Path configFolder) {
        this.settings = new JsonFile<>(configFolder.resolve("settings.json"), Settings.class);
        this.window = new JsonFile<>(configFolder.resolve("window.json"), WindowState.class);
        this.columns = new JsonFile<>(configFolder.resolve("columns.json"), ColumnLayouts.Saved.class);
    }

    /**
     * Makes the JSON mapper ready for the three files on a thread of its own, while the toolkit starts: its first use
     * (its classes and each file's reader, about a quarter of a second) is then done already, on the other core, when
     * the window reads the files on the FX thread before its first frame. Touches no file (a garbled one is reported
     * once, by the real read).
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> {
            SettingsFiles files = forThisUser();
            files.settings.warmUp(Settings.defaults());
            files.window.warmUp(WindowState.none());
            files.columns.warmUp(ColumnLayouts.Saved.none());
        }, "canopy-settings-warm-up");
        thread.setDaemon(true);
        thread.start();
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

    /** The tables' saved column layouts; a missing or garbled file is none (the tables keep their default columns). */
    public ColumnLayouts.Saved loadColumns() {
        return columns.read(ColumnLayouts.Saved.none()).normalised();
    }

    public void saveColumns(ColumnLayouts.Saved value) throws IOException {
        columns.write(value.normalised());
    }
}
