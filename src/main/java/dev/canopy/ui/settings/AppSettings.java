package dev.canopy.ui.settings;

import dev.canopy.ui.common.DeleteConfirmation;
import dev.canopy.ui.common.DisplayZone;
import dev.canopy.ui.common.TaskExecutor;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The running app's settings: read once at start, applied to everything that follows them (theme, font and density
 * on every window, the display zone, delete confirmation, the auto-sync interval), and what the Settings dialog
 * changes.
 */
public final class AppSettings {

    private final SettingsFiles files;
    private final AppLook look;
    private Settings current;
    private Consumer<Duration> autoSync = interval -> { };

    public AppSettings(SettingsFiles files, AppLook look) {
        this.files = files;
        this.look = look;
        this.current = files.loadSettings();
    }

    /** The user's settings, with the desktop asked about dark only when the theme follows the system. */
    public static AppSettings forThisUser() {
        return new AppSettings(SettingsFiles.forThisUser(), new AppLook(() -> SystemTheme.forThisMachine().prefersDark()));
    }

    public Settings current() {
        return current;
    }

    public SettingsFiles files() {
        return files;
    }

    /** Where later changes of the auto-sync interval go once sync runs (null: off); it starts at {@code current()}'s. */
    public void onAutoSync(Consumer<Duration> receiver) {
        this.autoSync = receiver;
    }

    /** On the FX thread. */
    public void apply(Settings settings) {
        current = settings;
        look.apply(settings);
        DisplayZone.use(settings.timeZone() == null ? null : settings.zone());
        DeleteConfirmation.ask(settings.confirmDeletes());
        autoSync.accept(settings.autoSync());
    }

    public void openDialog(Window owner, Path folderInUse, TaskExecutor tasks, EncryptionViewModel encryption) {
        SettingsDialog.open(owner, new SettingsViewModel(current, folderInUse, this::apply, files::saveSettings, tasks), encryption);
    }

    public void dispose() {
        look.dispose();
    }
}
