package dev.canopy.ui.imports;

import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.imports.ColumnMapping;
import dev.canopy.imports.ComputerImport;
import dev.canopy.imports.ImportPlan;
import dev.canopy.imports.SavedMappings;
import dev.canopy.imports.SourceDates;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * File → Import computers…: reads the file, lets the technician map its columns ({@link MappingModel}), works out
 * the dry run in the background (rows read, cancel), and applies it as one command — one undo step, audited and
 * synced like any edit — with the problem rows left out only when the technician says so. Nothing is written
 * before Import; a refused import changes nothing.
 */
public final class ImportViewModel {

    /** Where the import is. */
    public enum Step { READING, COLUMNS, PLANNING, DRY_RUN, APPLYING, DONE }

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final SavedMappings saved;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.READING);
    private final ReadOnlyObjectWrapper<MappingModel> mapping = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanRows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty importOtherRows = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper applyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private RunningTask running;
    private String fileName = "";

    /** @param zone the technician's time zone: dates the file writes without an offset are read in it */
    public ImportViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices,
                           Path dataFolder, ZoneId zone) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        this.saved = new SavedMappings(dataFolder);
        this.zone = zone;
        step.addListener((obs, old, now) -> updateApply());
        rows.addListener((obs, old, now) -> updateApply());
        importOtherRows.addListener((obs, old, now) -> updateApply());
    }

    /** Reads the file's columns and first rows in the background, then offers the mapping step. */
    public void open(Path file) {
        fileName = file.getFileName().toString();
        step.set(Step.READING);
        error.set("");
        progress.set("Reading " + fileName + "…");
        running = tasks.start(BackgroundTask.of("Reading " + fileName, p -> ImportSource.read(file, saved)), source -> {
            running = null;
            mapping.set(new MappingModel(source, tasks, saved));
            progress.set("");
            step.set(Step.COLUMNS);
        }, failure -> {
            running = null;
            progress.set("");
            error.set(ImportMessages.of(failure));
        }, () -> running = null);
    }

    /** Works out what the import would do, in the background; the tree's state is the one it plans against. */
    public void dryRun() {
        MappingModel chosen = mapping.get();
        if (step.get() != Step.COLUMNS || chosen == null || !chosen.validProperty().get() || !store.isOpen()) {
            return;
        }
        ColumnMapping columns = chosen.mapping();
        String source = chosen.checkedSource();
        SourceDates.Order dates = chosen.dateOrderProperty().get();
        TenantHierarchy hierarchy = tenants.hierarchy();
        ImportSource file = chosen.file();
        rows.set(null);
        error.set("");
        importOtherRows.set(false);
        progress.set("Reading " + fileName + "…");
        step.set(Step.PLANNING);
        RunningTask task = tasks.start(BackgroundTask.of("Dry run of " + fileName, p -> {
            ImportPlan plan = ComputerImport.plan(store.current(), file.file(), columns, source, dates, zone,
                    read -> p.update(-1, String.format(Locale.ROOT, "Read %,d rows of %s…", read, fileName)), p::isCancelled);
            return PlanRows.of(plan, hierarchy, fileName, zone);
        }), planned -> {
            planEnded("");
            rows.set(planned);
            step.set(Step.DRY_RUN);
        }, failure -> {
            planEnded("");
            error.set(ImportMessages.of(failure));
            step.set(Step.COLUMNS);
        }, () -> {
            planEnded("The dry run was stopped; nothing was changed.");
            step.set(Step.COLUMNS);
        });
        if (step.get() == Step.PLANNING) {  // still running (an immediate executor has finished it already)
            running = task;
            progress.bind(Bindings.when(task.lineProperty().isEqualTo("Waiting…")).then("Reading " + fileName + "…")
                    .otherwise(task.lineProperty()));
        }
    }

    private void planEnded(String line) {
        running = null;
        progress.unbind();
        progress.set(line);
    }

    /** Stops the dry run (or the reading of the file); nothing has been written. */
    public void stop() {
        if (running != null) {
            running.cancel();
        }
    }

    /** From the dry run back to the columns, to change them. */
    public void back() {
        if (step.get() == Step.DRY_RUN) {
            error.set("");
            step.set(Step.COLUMNS);
        }
    }

    /**
     * Applies the dry run as one command, then saves the mapping if asked. The records are built on the edit lane,
     * in order with the technician's other edits, so the computers removed here are the ones there are then.
     */
    public void apply(Runnable onImported) {
        if (!canApply.get()) {
            return;
        }
        ImportPlan plan = rows.get().plan();
        MappingModel chosen = mapping.get();
        String source = chosen.checkedSource();
        ColumnMapping columns = chosen.mapping();
        boolean save = chosen.saveMappingProperty().get();
        error.set("");
        step.set(Step.APPLYING);
        // Import is enabled only for a plan that changes something, so there is always a command
        tasks.edit(() -> ComputerImport.command(store.current(), plan, source, fileName).orElseThrow(),
                (ImportRecords records) -> commands.execute(records, applied -> {
                    notices.setNotice("Imported: " + applied.label() + ".");
                    step.set(Step.DONE);
                    if (save) {
                        saveMapping(source, columns, applied.label());
                    }
                    onImported.run();
                }, this::applyFailed), this::applyFailed);
    }

    private void applyFailed(Throwable failure) {
        error.set("Nothing was imported: " + ImportMessages.of(failure));
        step.set(Step.DRY_RUN);
    }

    private void saveMapping(String source, ColumnMapping columns, String label) {
        tasks.edit(() -> {
            saved.save(source, columns);
            return source;
        }, done -> notices.setNotice("Imported: " + label + ". The mapping is saved for " + done + "."),
                failure -> notices.setNotice("Imported: " + label + ", but the mapping for " + source + " was not saved: "
                        + ImportMessages.of(failure)));
    }

    /** The dialog closed: long work still running is cancelled (an apply, once started, finishes). */
    public void close() {
        stop();
    }

    private void updateApply() {
        PlanRows plan = rows.get();
        if (plan == null) {
            applyNote.set("");
            canApply.set(false);
            return;
        }
        if (plan.plan().changesNothing()) {
            applyNote.set("Nothing to change: the data folder already holds what the file says.");
        } else if (plan.hasProblems() && !importOtherRows.get()) {
            applyNote.set(Plural.count(plan.problems().size(), "row") + " cannot be imported (see Problems): fix "
                    + (plan.problems().size() == 1 ? "it" : "them") + " in the file, or import the other rows.");
        } else {
            applyNote.set("Import applies this as one change: Edit → Undo takes it back.");
        }
        canApply.set(step.get() == Step.DRY_RUN && !plan.plan().changesNothing() && (!plan.hasProblems() || importOtherRows.get()));
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The mapping step's state; null until the file has been read. */
    public ReadOnlyObjectProperty<MappingModel> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** The dry run's rows; null until one has finished. */
    public ReadOnlyObjectProperty<PlanRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** What the background work is doing ("Read 12,000 rows of psa.csv…"), or why it stopped. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the file cannot be read, the dry run failed or the import was refused; "" when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The technician's go-ahead to leave out the rows that cannot be imported (the command line's --skip-problem-rows). */
    public BooleanProperty importOtherRowsProperty() {
        return importOtherRows;
    }

    /** Why Import is not possible, or what it will do. */
    public ReadOnlyStringProperty applyNoteProperty() {
        return applyNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public String fileName() {
        return fileName;
    }
}
