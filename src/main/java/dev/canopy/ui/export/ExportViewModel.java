package dev.canopy.ui.export;

import dev.canopy.imports.export.CanopyExport;
import dev.canopy.reports.WholeFile;
import dev.canopy.reports.export.CsvExport;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreSnapshot;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TaskProgress;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * File → Export…: the whole data folder as the JSON export (which restores) or as a folder of CSV files (for a
 * spreadsheet), written in the background with progress and cancel, to a part file or folder moved into place when
 * complete; the status bar says what was written, or why not.
 */
public final class ExportViewModel {

    /** What the export is written as. */
    public enum Format {
        JSON("JSON file (restores into Canopy)"), CSV("CSV files, a folder (for a spreadsheet)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Notices notices;
    private final Clock clock;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.JSON);

    public ExportViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Notices notices, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
        this.clock = clock;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /** Whether there is anything to export (an empty folder has no tenant). */
    public boolean hasData() {
        return store.isOpen() && tenants.hierarchy().size() > 0;
    }

    /** "12 tenants and 340 computers, with their people, schedules, preferences and deployments". */
    public String contents() {
        return Plural.count(tenants.hierarchy().size(), "tenant") + " and " + Plural.count(tenants.hierarchy().totalComputers(), "computer")
                + ", with their software, people, schedules, preferences and deployments";
    }

    /** "canopy-export-2026-12-01.canopy", or the folder "canopy-export-2026-12-01" for CSV. */
    public String suggestedName() {
        return "canopy-export-" + LocalDate.now(clock) + (format.get() == Format.JSON ? CanopyExport.EXTENSION : "");
    }

    /**
     * Where the CSV files go when the technician picked a folder: into it when it is empty, else into a new folder
     * named {@link #suggestedName} inside it.
     */
    Path csvFolder(Path chosen) throws IOException {
        if (!Files.exists(chosen)) {
            return chosen;
        }
        try (Stream<Path> entries = Files.list(chosen)) {
            return entries.findAny().isEmpty() ? chosen : chosen.resolve(suggestedName());
        }
    }

    /**
     * Writes the export in the background: JSON to the file {@code target}, CSV into the folder {@code target} picked
     * (see {@link #csvFolder}: looking into it is disk work too, so it is done there as well).
     */
    public void export(Path target) {
        if (!hasData()) {
            return;
        }
        LocalStore current = store.current();
        Format chosen = format.get();
        Path[] written = {target};
        tasks.start(BackgroundTask.of("Exporting the data folder", progress -> {
                    if (chosen == Format.JSON) {
                        return json(current, target, progress);
                    }
                    written[0] = csvFolder(target);
                    return CsvExport.write(current, written[0], step(progress), progress::isCancelled);
                }),
                done -> notices.setNotice("Exported " + Plural.count(done.tenants(), "tenant") + " and "
                        + Plural.count(done.computers(), "computer") + (chosen == Format.JSON ? " to " : " as CSV files into ") + written[0] + "."),
                error -> notices.setNotice("Could not export: " + ErrorDialogs.messageFor(error)),
                () -> notices.setNotice("Export cancelled; nothing was written."));
    }

    private RecordCounts json(LocalStore current, Path file, TaskProgress progress) throws IOException {
        RecordCounts[] counts = new RecordCounts[1];
        CanopyExport.Origin origin = new CanopyExport.Origin(clock.instant(), System.getProperty("user.name", ""), current.folder().toString());
        WholeFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            counts[0] = CanopyExport.write(current, buffered, origin, step(progress), progress::isCancelled);
            buffered.flush();
        });
        return counts[0];
    }

    private static StoreSnapshot.Progress step(TaskProgress progress) {
        return (done, total, name) -> progress.update((double) done / total, String.format(Locale.ROOT, "%s (%,d of %,d)", name, done, total));
    }
}
