package dev.canopy.ui.imports;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.imports.ImportField;
import dev.canopy.imports.ImportPresets;
import dev.canopy.imports.SourceDates;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.imports.ImportViewModel.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import flow without a window, on a real store behind the real main view model: the mapping step's prefill and
 * checks, the dry run, and Import as one command that Edit → Undo takes back.
 */
class ImportViewModelTest extends ViewModelFixture {

    private final ComplianceSeed seed = new ComplianceSeed();
    private ImportViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::write);
        model = newModel();
    }

    private ImportViewModel newModel() {
        return new ImportViewModel(services().tenants(), services().store(), services().tasks(), services().commands(),
                services().notices(), folder, ZoneOffset.UTC);
    }

    /** Opens a file and maps each of its columns the way a technician would for this PSA's export. */
    private MappingModel openAndMap(String csv) {
        model.open(ImportFiles.write(folder, "psa.csv", csv));
        MappingModel mapping = model.mappingProperty().get();
        map(mapping, ImportField.CLIENT, "Client");
        map(mapping, ImportField.CLIENT_ID, "Client id");
        map(mapping, ImportField.SITE, "Site");
        map(mapping, ImportField.COMPUTER_NAME, "Device");
        map(mapping, ImportField.DEVICE_ID, "Device id");
        map(mapping, ImportField.SERIAL_NUMBER, "Serial");
        map(mapping, ImportField.OS, "OS");
        mapping.sourceProperty().set("psa-x");
        return mapping;
    }

    private static void map(MappingModel mapping, ImportField field, String column) {
        if (mapping.fileColumns().contains(column)) {
            mapping.columnProperty(field).set(column);
        }
    }

    private boolean inTree(String name) {
        return main.hierarchy().depthFirst().stream().anyMatch(n -> n.name().equals(name));
    }

    @Test
    void anUnknownFileIsMappedByHandAndEachMissingFieldIsNamed() {
        model.open(ImportFiles.write(folder, "psa.csv", ImportFiles.PSA));
        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        MappingModel mapping = model.mappingProperty().get();
        assertThat(mapping.recognised()).isEqualTo("Not a known export: map its columns");
        assertThat(mapping.file().description()).isEqualTo("psa.csv: a CSV file with 7 columns");
        assertThat(mapping.mappingErrorProperty().get()).startsWith("Client is not mapped to a column; Computer name is not mapped to a column.")
                .endsWith("The file's columns: Client, Client id, Site, Device, Device id, Serial, OS.");
        assertThat(mapping.sourceErrorProperty().get()).isEqualTo("Name the source the file's ids belong to, like \"connectwise\".");
        assertThat(mapping.validProperty().get()).isFalse();

        mapping.columnProperty(ImportField.CLIENT).set("Client");
        assertThat(mapping.mappingErrorProperty().get()).startsWith("Computer name is not mapped to a column.");
        assertThat(mapping.sampleProperty(ImportField.CLIENT).get()).isEqualTo("Acme, Initech");
        mapping.columnProperty(ImportField.COMPUTER_NAME).set("Device");
        assertThat(mapping.mappingErrorProperty().get()).isEmpty();
        assertThat(mapping.sampleProperty(ImportField.COMPUTER_NAME).get()).isEqualTo("ACME-01, INI-01, INI-02");

        mapping.sourceProperty().set("PSA X");
        assertThat(mapping.sourceErrorProperty().get()).startsWith("A source is named with letters, digits");
        assertThat(mapping.validProperty().get()).isFalse();
        mapping.sourceProperty().set("psa-x");
        assertThat(mapping.validProperty().get()).isTrue();
        assertThat(mapping.saveTextProperty().get()).isEqualTo("Save this mapping for psa-x");
        assertThat(mapping.saveMappingProperty().get()).as("an unknown shape is worth keeping").isTrue();
    }

    @Test
    void aRecognisedExportIsMappedByItsPresetAndItsSourceIsFixed() {
        model.open(ImportFiles.write(folder, "datto.json", """
                {"pageDetails": {"count": 1}, "devices": [
                  {"uid": "d-1", "siteUid": "s-1", "siteName": "Initech", "hostname": "INI-01", "operatingSystem": "Windows 11",
                   "lastSeen": "2026-11-30T08:15:00Z"}
                ]}
                """));
        MappingModel mapping = model.mappingProperty().get();

        assertThat(mapping.recognised()).isEqualTo("Recognised as Datto RMM devices (API v2)");
        assertThat(mapping.file().description()).isEqualTo("datto.json: a JSON file with 6 fields");
        assertThat(mapping.presetProperty().get()).isEqualTo(ImportPresets.DATTO_RMM_DEVICES);
        assertThat(mapping.sourceProperty().get()).isEqualTo("datto-rmm");
        assertThat(mapping.columnProperty(ImportField.CLIENT).get()).isEqualTo("siteName");
        assertThat(mapping.columnProperty(ImportField.LAST_SEEN).get()).isEqualTo("lastSeen");
        assertThat(mapping.datesMatterProperty().get()).as("ISO dates read one way only").isFalse();
        assertThat(mapping.validProperty().get()).isTrue();
    }

    @Test
    void theDryRunSaysWhatTheImportWouldDoAndImportIsOneUndoableChange() {
        openAndMap(ImportFiles.PSA_CLEAN);
        model.dryRun();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DRY_RUN);
        PlanRows rows = model.rowsProperty().get();
        assertThat(rows.summary()).isEqualTo("Read 3 rows of psa.csv. Creates 1 client, 1 site and 2 computers; changes 1 computer;"
                + " 0 unchanged; 1 not in the file (kept).");
        assertThat(rows.added()).extracting(a -> a.what() + " " + a.name() + " in " + a.where())
                .containsExactly("client Initech in ", "site Austin in Initech", "computer INI-01 in Initech", "computer INI-02 in Initech › Austin");
        assertThat(rows.changed()).extracting(c -> c.line() + " " + c.name() + " " + c.field() + " → " + c.after())
                .contains("2 ACME-01 serial number → SN-A1", "2 ACME-01 operating system → Windows 11 Enterprise");
        assertThat(rows.missing()).extracting(PlanRows.Missing::computer).containsExactly("ACME-02");
        assertThat(model.canApplyProperty().get()).isTrue();
        assertThat(inTree("Initech")).as("a dry run writes nothing").isFalse();

        List<String> closed = new ArrayList<>();
        model.apply(() -> closed.add("closed"));

        assertThat(closed).containsExactly("closed");
        assertThat(inTree("Initech")).isTrue();
        assertThat(inTree("Austin")).isTrue();
        assertThat(main.noticeProperty().get()).startsWith("Imported: import of 3 computers from psa.csv.");
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo import of 3 computers from psa.csv");

        main.undo(error -> { throw new AssertionError(error); });
        assertThat(inTree("Initech")).as("one undo takes the whole import back").isFalse();
        assertThat(inTree("Austin")).isFalse();
    }

    @Test
    void thePersonColumnsBringTheRowsPeopleIntoTheDryRunAndTheOneUndoableChange() {
        MappingModel mapping = openAndMap(ImportFiles.PSA_USERS);
        map(mapping, ImportField.PERSON_NAME, "User");
        map(mapping, ImportField.PERSON_EMAIL, "Email");
        assertThat(mapping.sampleProperty(ImportField.PERSON_NAME).get()).isEqualTo("Ann Lee, Ben Ode, Cy Fox");
        model.dryRun();

        PlanRows rows = model.rowsProperty().get();
        assertThat(rows.summary()).isEqualTo("Read 4 rows of psa.csv. Creates 1 computer and 2 people; changes 2 computers;"
                + " 0 computers and 0 people unchanged; 1 row cannot be imported.");
        assertThat(rows.added()).extracting(a -> a.line() + " " + a.what() + " " + a.name() + " in " + a.where() + " " + a.details())
                .contains("2 person Ann Lee in Acme ann@acme.example", "4 person Ben Ode in Acme ben@acme.example")
                .as("Ann's two rows are one person").filteredOn(a -> a.contains("Ann Lee")).hasSize(1);
        assertThat(rows.problems()).extracting(p -> p.line() + ": " + p.reason())
                .containsExactly("5: Person e-mail: \"cy at acme\" is not a valid e-mail address."
                        + " The computer ACME-03 is imported with its primary person left as it is.");
        assertThat(rows.changed()).filteredOn(c -> c.field().equals("primary person")).extracting(c -> c.name() + " → " + c.after())
                .as("each computer linked to its row's person").containsExactly("ACME-01 → Ann Lee", "ACME-02 → Ann Lee");

        model.importOtherRowsProperty().set(true);
        model.apply(() -> { });
        assertThat(main.undoState().undoTextProperty().get()).isEqualTo("Undo import of 3 computers and 2 people from psa.csv");
        main.undo(error -> { throw new AssertionError(error); });
        model = newModel();
        MappingModel again = openAndMap(ImportFiles.PSA_USERS);
        map(again, ImportField.PERSON_NAME, "User");
        map(again, ImportField.PERSON_EMAIL, "Email");
        model.dryRun();
        assertThat(model.rowsProperty().get().plan().newPeople()).as("after the undo the people are new again").hasSize(2);
    }

    @Test
    void problemRowsAreLeftOutOnlyWhenTheTechnicianSaysSo() {
        openAndMap(ImportFiles.PSA);
        model.dryRun();
        PlanRows rows = model.rowsProperty().get();
        assertThat(rows.problems()).extracting(p -> p.line() + ": " + p.reason()).containsExactly("5: The computer has no name.");
        assertThat(rows.summary()).endsWith("; 1 row cannot be imported.");
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.applyNoteProperty().get()).isEqualTo("1 row cannot be imported (see Problems): fix it in the file, or import the other rows.");

        model.importOtherRowsProperty().set(true);
        assertThat(model.canApplyProperty().get()).isTrue();
        model.apply(() -> { });
        assertThat(inTree("Initech")).isTrue();
    }

    @Test
    void theSameFileAgainHasNothingToChange() {
        openAndMap(ImportFiles.PSA_CLEAN);
        model.dryRun();
        model.apply(() -> { });

        model = newModel();
        openAndMap(ImportFiles.PSA_CLEAN);
        model.dryRun();

        assertThat(model.rowsProperty().get().summary()).isEqualTo("Read 3 rows of psa.csv. Changes nothing; 3 unchanged; 1 not in the file (kept).");
        assertThat(model.canApplyProperty().get()).isFalse();
        assertThat(model.applyNoteProperty().get()).isEqualTo("Nothing to change: the data folder already holds what the file says.");
    }

    @Test
    void aSavedMappingIsOfferedAgainForItsSource() throws Exception {
        openAndMap(ImportFiles.PSA_CLEAN).saveMappingProperty().set(true);
        model.dryRun();
        model.apply(() -> { });
        assertThat(folder.resolve("import-mappings/psa-x.json")).exists();
        assertThat(main.noticeProperty().get()).endsWith("The mapping is saved for psa-x.");

        model = newModel();
        model.open(ImportFiles.write(folder, "psa-december.csv", ImportFiles.PSA));
        MappingModel mapping = model.mappingProperty().get();
        assertThat(mapping.validProperty().get()).isFalse();
        mapping.sourceProperty().set("psa-x");

        assertThat(mapping.columnProperty(ImportField.COMPUTER_NAME).get()).isEqualTo("Device");
        assertThat(mapping.columnProperty(ImportField.SITE).get()).isEqualTo("Site");
        assertThat(mapping.prefillNoteProperty().get()).isEqualTo("Filled in from the mapping saved for psa-x.");
        assertThat(mapping.validProperty().get()).isTrue();
    }

    @Test
    void aFileThatCannotBeImportedSaysWhyAndGoesNoFurther() {
        model.open(ImportFiles.write(folder, "empty.csv", "Client;Device\n"));

        assertThat(model.stepProperty().get()).isEqualTo(Step.READING);
        assertThat(model.errorProperty().get()).isEqualTo("The file has a header (Client, Device) but no rows.");
        assertThat(model.mappingProperty().get()).isNull();
    }

    @Test
    void datesThatReadBothWaysAskForTheirOrderAndUndecidedOnesAreProblems() {
        MappingModel mapping = openAndMap("""
                Client;Device;Seen
                Initech;INI-01;03/04/2026 10:00
                Initech;INI-02;2026-04-05
                """);
        assertThat(mapping.datesMatterProperty().get()).isFalse();
        mapping.columnProperty(ImportField.LAST_SEEN).set("Seen");
        assertThat(mapping.datesMatterProperty().get()).isTrue();
        assertThat(mapping.dateOrderProperty().get()).isEqualTo(SourceDates.Order.AMBIGUOUS);

        model.dryRun();
        assertThat(model.rowsProperty().get().problems()).extracting(p -> p.line() + ": " + p.reason())
                .containsExactly("2: Last seen: \"03/04/2026 10:00\" could be 3 Apr or 4 Mar: say whether the column puts the day or the month first.");

        model.back();
        mapping.dateOrderProperty().set(SourceDates.Order.DAY_FIRST);
        model.dryRun();
        assertThat(model.rowsProperty().get().problems()).isEmpty();
    }

    @Test
    void anImportTheStoreRefusesChangesNothingAndSaysWhy() {
        openAndMap(ImportFiles.PSA_CLEAN);
        model.dryRun();
        // meanwhile a colleague's edit creates the client the plan would create
        services().commands().execute(new CreateTenant(UUID.randomUUID(), seed.msp, "Initech"), a -> { }, e -> { throw new AssertionError(e); });
        long before = main.hierarchy().depthFirst().size();

        model.apply(() -> { throw new AssertionError("must not close"); });

        assertThat(model.stepProperty().get()).isEqualTo(Step.DRY_RUN);
        assertThat(model.errorProperty().get()).startsWith("Nothing was imported: ");
        assertThat(main.hierarchy().depthFirst().size()).isEqualTo(before);
        assertThat(Files.exists(folder.resolve("import-mappings/psa-x.json"))).isFalse();
    }

    @Test
    void aStoppedDryRunGoesBackToTheColumnsHavingChangedNothing() {
        List<Runnable> longWork = new ArrayList<>();
        // long work waits until the test runs it, as a background thread would be part-way through it
        dev.canopy.ui.common.TaskExecutor deferred = new dev.canopy.ui.common.LaneTaskExecutor(Runnable::run, Runnable::run, longWork::add,
                Runnable::run) { };
        model = new ImportViewModel(services().tenants(), services().store(), deferred, services().commands(), services().notices(),
                folder, ZoneOffset.UTC);
        model.open(ImportFiles.write(folder, "psa.csv", ImportFiles.PSA_CLEAN));
        longWork.remove(0).run();
        MappingModel mapping = model.mappingProperty().get();
        map(mapping, ImportField.CLIENT, "Client");
        map(mapping, ImportField.COMPUTER_NAME, "Device");
        mapping.sourceProperty().set("psa-x");

        model.dryRun();
        assertThat(model.stepProperty().get()).isEqualTo(Step.PLANNING);
        assertThat(model.progressProperty().get()).isEqualTo("Reading psa.csv…");
        assertThat(deferred.runningTasks()).extracting(dev.canopy.ui.common.RunningTask::title).containsExactly("Dry run of psa.csv");

        model.stop();
        longWork.remove(0).run();

        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        assertThat(model.progressProperty().get()).isEqualTo("The dry run was stopped; nothing was changed.");
        assertThat(model.rowsProperty().get()).isNull();
        assertThat(deferred.runningTasks()).isEmpty();
        assertThat(inTree("Initech")).isFalse();
    }
}
