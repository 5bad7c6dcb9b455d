package dev.canopy.imports;

import dev.canopy.domain.command.Command;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.SeededStore;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Applying an import plan through the store: it does what the dry run said, as one change that is audited per record
 * and undone in one step; redoing it brings back the same records; planning the same file again changes nothing.
 */
class ComputerImportTest extends SeededStore {

    private static final String CSV = """
            Client;Client id;Site;Device;Device id;Serial;OS;Version
            Acme;;;ACME-01;dev-acme-01;SN-A1;Windows 11 Enterprise;23H2
            Initech;c-7;;INI-01;dev-ini-01;SN-I1;Windows 11 Pro;24H2
            Initech;c-7;Austin;INI-02;dev-ini-02;SN-I2;Ubuntu 24.04;24.04.1
            """;
    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.CLIENT_ID, "Client id",
            ImportField.SITE, "Site", ImportField.COMPUTER_NAME, "Device", ImportField.DEVICE_ID, "Device id",
            ImportField.SERIAL_NUMBER, "Serial", ImportField.OS, "OS", ImportField.OS_VERSION, "Version"));

    @Override
    protected void seed(LocalStore store) {
        new ComplianceSeed().write(store);
    }

    private ImportPlan plan() throws Exception {
        Path file = temp.resolve("psa.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        return ComputerImport.plan(store, ImportFile.open(file), MAPPING, "psa-x", SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC, n -> { }, () -> false);
    }

    /** Every live tenant with its computers' fields, as a technician would compare two states. */
    private Map<String, List<String>> state() {
        Map<String, List<String>> state = new TreeMap<>();
        for (TenantNode t : store.loadHierarchy().depthFirst()) {
            state.put(t.name() + " " + store.tenant(t.id()).orElseThrow().externalRefs(), store.computers(List.of(t.id()), false).stream()
                    .map(c -> c.id() + " " + c.name() + " " + c.deviceId() + " " + c.serialNumber() + " " + c.os() + " " + c.osVersion())
                    .sorted().toList());
        }
        return state;
    }

    @Test
    void theAppliedImportIsWhatTheDryRunSaidAuditedAndUndoneInOneStep() throws Exception {
        Map<String, List<String>> original = state();
        ImportPlan plan = plan();
        assertThat(plan.newTenants()).extracting(ImportPlan.NewTenant::name).containsExactly("Initech", "Austin");
        assertThat(plan.newComputers()).hasSize(2);
        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.fields()).extracting(ImportPlan.FieldChange::field)
                .contains("device id", "serial number", "operating system", "OS version"));

        Command.Applied applied = ComputerImport.apply(store, plan, "psa-x", "psa.csv").orElseThrow();

        Map<String, List<String>> imported = state();
        assertThat(imported.keySet()).contains("Initech [ExternalRef[source=psa-x, externalId=c-7]]", "Austin []");
        assertThat(imported.get("Austin []")).singleElement().asString().endsWith("INI-02 dev-ini-02 SN-I2 Ubuntu 24.04 24.04.1");
        assertThat(imported.values().stream().flatMap(List::stream)).anyMatch(c -> c.endsWith("ACME-01 dev-acme-01 SN-A1 Windows 11 Enterprise 23H2"));
        UUID ini = store.computers(store.loadHierarchy().depthFirst().stream().map(TenantNode::id).toList(), false).stream()
                .filter(c -> c.name().equals("INI-01")).map(Computer::id).findFirst().orElseThrow();
        assertThat(store.auditOf(ini)).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("import.apply"));
        assertThat(applied.label()).isEqualTo("import of 3 computers from psa.csv");

        Command.Applied undone = store.execute(applied.inverse());
        assertThat(state()).as("one undo puts everything back").isEqualTo(original);

        store.execute(undone.inverse());
        assertThat(state()).as("redo brings back the same records, ids included").isEqualTo(imported);
        assertThat(plan().changesNothing()).as("the same file again changes nothing").isTrue();
    }

    @Test
    void aReimportAfterUndoBringsTheRemovedComputersBackUnderTheirIds() throws Exception {
        Command.Applied applied = ComputerImport.apply(store, plan(), "psa-x", "psa.csv").orElseThrow();
        Map<String, List<String>> imported = state();
        store.execute(applied.inverse());

        ComputerImport.apply(store, plan(), "psa-x", "psa.csv").orElseThrow();

        // tenants are new again (new ids), but each computer is the same record as before: no device id is doubled
        List<String> computerIds = state().values().stream().flatMap(List::stream).map(c -> c.substring(0, 36)).sorted().toList();
        assertThat(computerIds).isEqualTo(imported.values().stream().flatMap(List::stream).map(c -> c.substring(0, 36)).sorted().toList());
    }

    @Test
    void aCancelledPlanStopsReadingAndChangesNothing() throws Exception {
        Path file = temp.resolve("psa.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        Map<String, List<String>> original = state();

        assertThatThrownBy(() -> ComputerImport.plan(store, ImportFile.open(file), MAPPING, "psa-x", SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC,
                n -> { }, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(state()).isEqualTo(original);
    }

    @Test
    void anImportListingADeviceIdTwiceIsRefusedByNameAndWritesNothing() {
        Map<String, List<String>> original = state();
        UUID acme = store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Acme")).findFirst().orElseThrow().id();
        var meta = dev.canopy.domain.RecordMeta.created(java.time.Instant.EPOCH, "import");
        var twice = new dev.canopy.domain.command.ImportRecords("import of 2 computers from twice.csv", List.of(), List.of(), List.of(
                new Computer(UUID.randomUUID(), "NEW-01", acme, "", "dev-same", "", "", null, null, List.of(), List.of(), meta),
                new Computer(UUID.randomUUID(), "NEW-02", acme, "", "dev-same", "", "", null, null, List.of(), List.of(), meta)));

        assertThatThrownBy(() -> store.execute(twice)).isInstanceOf(dev.canopy.domain.RuleViolation.class)
                .hasMessageContaining("The import lists device id dev-same twice (NEW-02).");
        assertThat(state()).isEqualTo(original);
    }

    @Test
    void anImportedTenantMayNotTakeAnExternalIdAnotherTenantHas() throws Exception {
        ComputerImport.apply(store, plan(), "psa-x", "psa.csv").orElseThrow();  // Initech holds psa-x c-7
        Map<String, List<String>> imported = state();
        UUID msp = store.loadHierarchy().root().orElseThrow().id();
        var meta = dev.canopy.domain.RecordMeta.created(java.time.Instant.EPOCH, "import");
        var clash = new dev.canopy.domain.command.ImportRecords("import of 1 tenant from other.csv", List.of(new dev.canopy.domain.tenant.Tenant(
                UUID.randomUUID(), "Initrode", "", dev.canopy.domain.tenant.TenantKind.CLIENT, msp, "", "", List.of(), true,
                List.of(new dev.canopy.domain.tenant.ExternalRef("PSA-X", "c-7")), meta)), List.of(), List.of());

        assertThatThrownBy(() -> store.execute(clash)).isInstanceOf(dev.canopy.domain.RuleViolation.class)
                .hasMessage("External id c-7 is already used by Initech for PSA-X.");
        assertThat(state()).isEqualTo(imported);
    }
}
