package dev.canopy.reports.export;

import dev.canopy.imports.export.ExportSeed;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.CsvCells;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV folder: a file per kind, each row with its tenant's path, cells safe in a spreadsheet, nothing left on failure. */
class CsvExportTest {

    @TempDir
    Path temp;

    private final ExportSeed seed = new ExportSeed();
    private LocalStore store;

    @BeforeEach
    void seed() {
        store = LocalStore.open(temp.resolve("data"));
        seed.write(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writesOneFileAKindWithTheTenantsPathOnEveryRow() throws IOException {
        Path folder = temp.resolve("export");
        RecordCounts counts = CsvExport.write(store, folder, (done, total, name) -> { }, () -> false);

        assertThat(counts).isEqualTo(new RecordCounts(8, 3, 1, 6, 3, 8, 13));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(CsvExport.FILES);
        }
        List<List<String>> tenants = cells(folder, "tenants.csv");
        assertThat(tenants.get(0)).startsWith("Tenant", "Name", "Kind").endsWith("Version", "Updated at", "Updated by");
        assertThat(tenants).hasSize(9);
        assertThat(row(tenants, "Fabrikam \"Labs\"")).startsWith("Northwind › Fabrikam \"Labs\"", "Fabrikam \"Labs\"", "CLIENT")
                .contains("Research site.\nSecond line: ≥ 2 floors", "research, vip", "no", "psa=1044; rmm=site-9", "41");
        assertThat(row(tenants, "Acme Berlin").get(0)).isEqualTo("Northwind › Acme › Acme Berlin");

        List<List<String>> computers = cells(folder, "computers.csv");
        assertThat(row(computers, "FAB-01")).startsWith("Northwind › Fabrikam \"Labs\"", seed.fabrikam.toString(), "FAB-01")
                .contains(seed.carol.toString(), "lab, gpu", "2");
        assertThat(cells(folder, "software.csv")).contains(List.of("Northwind › Fabrikam \"Labs\"", "FAB-01", seed.fab01.toString(),
                "Python", "3.12.1", "Python Software Foundation"));
        assertThat(row(cells(folder, "people.csv"), "Ada Lovelace")).contains("ada@fabrikam.example", "TENANT_ADMIN", "yes");
        assertThat(row(cells(folder, "schedules.csv"), "Lab nights")).contains("30 2 * * 1,3", "COMPUTERS", seed.fab01 + " " + seed.fab02);
        assertThat(cells(folder, "preferences.csv")).anySatisfy(r -> assertThat(r).contains("agent.autoUpdate", "ENFORCED", "true"));
        assertThat(cells(folder, "deployments.csv")).hasSize(7);
        assertThat(computers).noneSatisfy(r -> assertThat(r).contains("FAB-OLD"));
    }

    @Test
    void aNameThatIsAFormulaIsWrittenAsText() throws IOException {
        Path folder = temp.resolve("export");
        CsvExport.write(store, folder, (done, total, name) -> { }, () -> false);
        assertThat(cells(folder, "computers.csv")).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("'" + ComplianceSeed.FORMULA_NAME));
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndKept() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> CsvExport.write(store, folder, (done, total, name) -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already holds files");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aCancelledExportLeavesNoFolder() {
        Path folder = temp.resolve("export");
        assertThatThrownBy(() -> CsvExport.write(store, folder, (done, total, name) -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(folder).doesNotExist();
        assertThat(temp.resolve("export.partial")).doesNotExist();
    }

    private static List<List<String>> cells(Path folder, String file) throws IOException {
        return CsvCells.of(Files.readAllBytes(folder.resolve(file)));
    }

    private static List<String> row(List<List<String>> rows, String cell) {
        return rows.stream().filter(r -> r.contains(cell)).findFirst().orElseThrow(() -> new AssertionError("no row with " + cell));
    }
}
