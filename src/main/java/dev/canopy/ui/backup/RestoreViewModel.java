package dev.canopy.ui.backup;

import dev.canopy.store.StoreBackups;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * File → Restore…: the backups in the data folder's backups folder (newest first) plus any other file the technician
 * picks, each checked and read in the background; the confirmation names the chosen backup's date and contents and
 * says that changes made after it are gone; the restore itself goes to whoever owns the store.
 */
public final class RestoreViewModel {

    private static final Object LIST = new Object();
    private static final Object OTHER = new Object();

    private final Path dataFolder;
    private final TaskExecutor tasks;
    private final BackupRestorer restorer;
    private final Notices notices;
    private final ZoneId zone;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public RestoreViewModel(Path dataFolder, TaskExecutor tasks, BackupRestorer restorer, Notices notices, ZoneId zone) {
        this.dataFolder = dataFolder;
        this.tasks = tasks;
        this.restorer = restorer;
        this.notices = notices;
        this.zone = zone;
    }

    /** Lists the data folder's backups; the newest is selected. */
    public void load() {
        tasks.load(LIST, () -> StoreBackups.list(dataFolder).stream().map(info -> BackupRow.of(info, zone)).toList(), rows -> {
            backups.setAll(rows);
            problem.set(rows.isEmpty() ? "There are no backups in " + StoreBackups.folderOf(dataFolder) + " yet; pick one with Other file…" : "");
            selected.set(rows.isEmpty() ? null : rows.get(0));
        }, error -> problem.set(ErrorDialogs.messageFor(error)));
    }

    /** Checks a file picked elsewhere; a Canopy backup joins the list, selected; anything else says why not. */
    public void choose(Path file) {
        tasks.load(OTHER, () -> BackupRow.of(StoreBackups.read(file), zone), row -> {
            backups.removeIf(r -> r.file().equals(row.file()));
            backups.add(0, row);
            selected.set(row);
            problem.set("");
        }, error -> problem.set(ErrorDialogs.messageFor(error)));
    }

    /** What the technician confirms, naming the date and contents of the backup. */
    public String confirmation() {
        BackupRow row = selected.get();
        if (row == null) {
            return "";
        }
        return "Replace the local database with the backup of " + row.date() + " (" + row.contents() + ")?\n\n"
                + "Every change made on this computer after that backup will be gone. Changes that already reached the sync server"
                + " come back at the next sync; the backup's unsent edits are sent then.";
    }

    /** Restores the selected backup (after the confirmation); the status bar says how it went. */
    public void restore() {
        BackupRow row = selected.get();
        if (row == null) {
            return;
        }
        notices.setNotice("Restoring the backup of " + row.date() + "…");
        restorer.restore(row.file(), () -> notices.setNotice("Restored the backup of " + row.date() + ": " + row.contents() + "."),
                error -> notices.setNotice("Could not restore: " + ErrorDialogs.messageFor(error)));
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
