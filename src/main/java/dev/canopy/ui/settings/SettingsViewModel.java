package dev.canopy.ui.settings;

import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Settings dialog without its window: the fields, checked on Apply/OK with a message that names the field, the
 * accepted settings applied to the running app at once and saved in the background.
 */
public final class SettingsViewModel {

    /** Saves settings (to the config folder; called off the FX thread). */
    @FunctionalInterface
    public interface Saver {
        void save(Settings settings) throws Exception;
    }

    public static final List<Integer> SYNC_CHOICES = List.of(0, 1, 5, 15, 30, 60);

    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fontSize = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Density> density = new SimpleObjectProperty<>();
    private final StringProperty zone = new SimpleStringProperty();
    private final ObjectProperty<Integer> autoSyncMinutes = new SimpleObjectProperty<>();
    private final StringProperty dataFolder = new SimpleStringProperty();
    private final BooleanProperty confirmDeletes = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final Consumer<Settings> applyLive;
    private final Saver saver;
    private final TaskExecutor tasks;
    private final Path folderInUse;
    private Settings applied;

    public SettingsViewModel(Settings current, Path folderInUse, Consumer<Settings> applyLive, Saver saver, TaskExecutor tasks) {
        this.applied = current;
        this.folderInUse = folderInUse;
        this.applyLive = applyLive;
        this.saver = saver;
        this.tasks = tasks;
        theme.set(current.theme());
        fontSize.set(current.fontSize());
        density.set(current.density());
        zone.set(current.timeZone() == null ? "" : current.timeZone());
        autoSyncMinutes.set(current.autoSyncMinutes());
        dataFolder.set(current.dataFolder() == null ? "" : current.dataFolder());
        confirmDeletes.set(current.confirmDeletes());
    }

    /**
     * Checks the fields; when they hold, applies them to the running app and saves them. False (with the reason in
     * {@link #problemProperty}) when a field does not hold: nothing changes then.
     */
    public boolean apply() {
        Optional<Settings> checked = checked();
        if (checked.isEmpty()) {
            return false;
        }
        Settings settings = checked.get();
        problem.set("");
        boolean folderChanged = !Objects.equals(settings.dataFolder(), applied.dataFolder());
        applied = settings;
        applyLive.accept(settings);
        tasks.load(this, () -> {
            saver.save(settings);
            return settings;
        }, saved -> notice.set(folderChanged ? "Saved. Canopy opens " + folderNamed(saved) + " the next time it starts." : "Saved."),
                error -> problem.set("Settings could not be saved: " + error.getMessage()));
        return true;
    }

    /** The settings the fields describe, or empty with the reason set. */
    Optional<Settings> checked() {
        String zoneText = zone.get() == null ? "" : zone.get().trim();
        if (!zoneText.isEmpty() && !Settings.validZone(zoneText)) {
            return refuse("Time zone: \"" + zoneText + "\" is not a time zone name (for example Europe/Berlin), or leave it empty for this computer's zone.");
        }
        Integer size = fontSize.get();
        if (size == null || size < Settings.MIN_FONT || size > Settings.MAX_FONT) {
            return refuse("Font size: choose " + Settings.MIN_FONT + " to " + Settings.MAX_FONT + ".");
        }
        Integer minutes = autoSyncMinutes.get();
        if (minutes == null || minutes < 0 || minutes > Settings.MAX_SYNC_MINUTES) {
            return refuse("Auto-sync: choose Off or 1 to " + Settings.MAX_SYNC_MINUTES + " minutes.");
        }
        String folderText = dataFolder.get() == null ? "" : dataFolder.get().trim();
        if (!folderText.isEmpty()) {
            try {
                if (!Path.of(folderText).isAbsolute()) {
                    return refuse("Data folder: \"" + folderText + "\" is not a full path (it must start at the top of a drive).");
                }
            } catch (InvalidPathException e) {
                return refuse("Data folder: \"" + folderText + "\" is not a path this computer can use.");
            }
        }
        return Optional.of(new Settings(theme.get(), size, density.get(), zoneText.isEmpty() ? null : zoneText, minutes,
                folderText.isEmpty() ? null : folderText, confirmDeletes.get()));
    }

    private Optional<Settings> refuse(String reason) {
        problem.set(reason);
        notice.set("");
        return Optional.empty();
    }

    private String folderNamed(Settings saved) {
        return saved.dataFolder() == null ? "the usual data folder" : saved.dataFolder();
    }

    /** Under the data folder field: which folder is open now, and that a change waits for the next start. */
    public String dataFolderHint() {
        return "In use now: " + folderInUse + ". A change takes effect the next time Canopy starts; empty for the usual folder.";
    }

    public Settings applied() {
        return applied;
    }

    public ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Integer> fontSizeProperty() {
        return fontSize;
    }

    public ObjectProperty<Settings.Density> densityProperty() {
        return density;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ObjectProperty<Integer> autoSyncMinutesProperty() {
        return autoSyncMinutes;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public BooleanProperty confirmDeletesProperty() {
        return confirmDeletes;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public static String syncLabel(Integer minutes) {
        if (minutes == null || minutes == 0) {
            return "Off (only Sync now)";
        }
        return minutes == 1 ? "Every minute" : "Every " + minutes + " minutes";
    }
}
