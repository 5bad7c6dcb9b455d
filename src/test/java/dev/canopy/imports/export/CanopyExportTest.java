package dev.canopy.imports.export;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.SampleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export → restore into an empty folder → export again: the same document, and the same records kind by kind. */
class CanopyExportTest {

    private static final CanopyExport.Origin ORIGIN = new CanopyExport.Origin(Instant.parse("2026-11-02T10:00:00Z"), "tester", "/data");

    @TempDir
    Path temp;

    private final ExportSeed seed = new ExportSeed();

    @Test
    void restoringAnExportIntoAnEmptyFolderGivesBackTheSameRecords() throws Exception {
        Path file = temp.resolve("export.json");
        String first;
        try (LocalStore original = LocalStore.open(temp.resolve("original"))) {
            seed.write(original);
            first = export(original, file);
            try (LocalStore copy = LocalStore.open(temp.resolve("copy"))) {
                RecordCounts restored = CanopyExport.restore(file, copy);
                assertThat(restored).isEqualTo(new RecordCounts(8, 3, 1, 6, 3, 8, 13));
                assertThat(export(copy, temp.resolve("again.json"))).isEqualTo(first);
                assertSameRecords(original, copy);
            }
        }
        assertThat(first).startsWith("{\n  \"format\":\"canopy-export\",\n  \"version\":1,\n  \"exportedAt\":\"2026-11-02T10:00:00Z\"")
                .contains("\"externalRefs\":[{\"source\":\"psa\",\"externalId\":\"1044\"},{\"source\":\"rmm\",\"externalId\":\"site-9\"}]")
                .contains("\"version\":41,\"updatedAt\":\"2026-10-30T08:15:30.123456Z\",\"updatedBy\":\"grace@northwind.example\"")
                .doesNotContain("Gone Ltd", "FAB-OLD", "Dan (left)", "\"root\"");
    }

    @Test
    void checkingAnExportReadsItWholeAndGivesItsHeaderAndWhatARestoreWouldWrite() throws Exception {
        Path file = seededExport();

        ExportContents contents = CanopyExport.check(file);

        assertThat(contents.counts()).isEqualTo(new RecordCounts(8, 3, 1, 6, 3, 8, 13));
        assertThat(contents).extracting(ExportContents::version, ExportContents::exportedAt, ExportContents::exportedBy, ExportContents::source)
                .containsExactly(1, "2026-11-02T10:00:00Z", "tester", "/data");
        assertThat(contents.application()).startsWith("Canopy");
        try (LocalStore copy = LocalStore.open(temp.resolve("copy"))) {
            assertThat(CanopyExport.restore(file, copy)).as("what the restore then writes").isEqualTo(contents.counts());
        }
    }

    @Test
    void aSampleFleetRoundTripsExactly() throws Exception {
        String first;
        try (LocalStore original = LocalStore.open(temp.resolve("original"))) {
            try (SampleWriter writer = original.sampleWriter()) {
                new SampleGenerator(7, Instant.parse("2026-11-01T00:00:00Z"), "sample").generate("Northwind", 40, 400, writer);
                writer.commit();
            }
            first = export(original, temp.resolve("export.json"));
            try (LocalStore copy = LocalStore.open(temp.resolve("copy"))) {
                RecordCounts restored = CanopyExport.restore(temp.resolve("export.json"), copy);
                assertThat(restored.tenants()).isEqualTo(40);
                assertThat(restored.computers()).isEqualTo(400);
                assertThat(export(copy, temp.resolve("again.json"))).isEqualTo(first);
                assertSameRecords(original, copy);
            }
        }
    }

    @Test
    void aTechniciansScopedCopyRestoresThoughItsTopTenantsParentIsNotHeld() throws Exception {
        // a scoped copy holds its top tenant and the subtree; the MSP above is sync's hidden stand-in (not live)
        UUID msp = UUID.randomUUID();
        UUID zeta = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        RecordMeta meta = new RecordMeta(3, Instant.parse("2026-11-01T00:00:00Z"), "tech@northwind.example", false);
        String first;
        try (LocalStore original = LocalStore.open(temp.resolve("original"))) {
            try (SampleWriter writer = original.sampleWriter()) {
                writer.tenant(new Tenant(msp, "(not pulled yet)", "unpulled-" + msp, TenantKind.CLIENT, null, "", "", List.of(), false,
                        List.of(), new RecordMeta(0, Instant.EPOCH, "sync", true)));
                writer.tenant(new Tenant(zeta, "Zeta Corp", "zeta", TenantKind.CLIENT, msp, "", "UTC", List.of(), true, List.of(), meta));
                // sorts before its parent by name
                writer.tenant(new Tenant(site, "Alpha site", "zeta-alpha", TenantKind.SUB, zeta, "", "UTC", List.of(), true, List.of(), meta));
                writer.commit();
            }
            first = export(original, temp.resolve("export.json"));
            try (LocalStore copy = LocalStore.open(temp.resolve("copy"))) {
                assertThat(CanopyExport.restore(temp.resolve("export.json"), copy).tenants()).isEqualTo(2);
                assertThat(copy.tenant(site).orElseThrow().parentId()).isEqualTo(zeta);
                assertThat(export(copy, temp.resolve("again.json"))).isEqualTo(first);
            }
        }
        assertThat(first.indexOf("\"name\":\"Zeta Corp\"")).isLessThan(first.indexOf("\"name\":\"Alpha site\""));
    }

    @Test
    void eachTenantsRecordsComeInItsEntryOneRecordALine() throws Exception {
        try (LocalStore store = LocalStore.open(temp.resolve("original"))) {
            seed.write(store);
            String json = export(store, temp.resolve("export.json"));
            List<String> lines = json.lines().toList();
            String fab01 = lines.stream().filter(l -> l.contains("\"name\":\"FAB-01\"")).findFirst().orElseThrow();
            assertThat(fab01).startsWith("        {\"id\":\"" + seed.fab01 + "\"").contains("\"software\":[{\"name\":\"Python\"");
            int fabrikam = indexOf(lines, "\"tenant\":{\"id\":\"" + seed.fabrikam);
            assertThat(lines.indexOf(fab01)).isGreaterThan(fabrikam).isLessThan(indexOf(lines, "\"tenant\":{\"id\":\"" + seed.base.globex));
            assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
            assertThat(json).contains("\"totals\":{\n    \"tenants\":8,");
        }
    }

    @Test
    void aCancelledExportStopsBetweenTenants() {
        try (LocalStore store = LocalStore.open(temp.resolve("original"))) {
            seed.write(store);
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> CanopyExport.write(store, new ByteArrayOutputStream(), ORIGIN,
                    (done, total, name) -> seen.add(done + "/" + total + " " + name), () -> seen.size() >= 2))
                    .isInstanceOf(CancellationException.class);
            assertThat(seen).containsExactly("1/8 Northwind", "2/8 Acme");
        }
    }

    @Test
    void isExportRecognisesOnlyTheExportByItsFirstField() throws Exception {
        Path file = seededExport();
        assertThat(CanopyExport.isExport(file)).isTrue();
        assertThat(CanopyExport.isExport(write("computers.json", "[{\"format\":\"canopy-export\"}]"))).isFalse();
        assertThat(CanopyExport.isExport(write("other.json", "{\"devices\":[], \"format\":\"canopy-export\"}"))).isFalse();
        assertThat(CanopyExport.isExport(write("rmm.csv", "Device,Site\nPC-1,Acme\n"))).isFalse();
        assertThat(CanopyExport.isExport(temp.resolve("missing.json"))).isFalse();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    /** The seed's export, written from a folder of its own. */
    private Path seededExport() throws IOException {
        Path file = temp.resolve("export.json");
        try (LocalStore store = LocalStore.open(temp.resolve("original"))) {
            seed.write(store);
            export(store, file);
        }
        return file;
    }

    static String export(LocalStore store, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            CanopyExport.write(store, out, ORIGIN, (done, total, name) -> { }, () -> false);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every kind read back from both stores through the store's own reads, record by record. */
    static void assertSameRecords(LocalStore original, LocalStore copy) {
        List<UUID> ids = original.loadHierarchy().depthFirst().stream().map(TenantNode::id).toList();
        assertThat(copy.loadHierarchy().depthFirst()).isEqualTo(original.loadHierarchy().depthFirst());
        List<Optional<Tenant>> tenants = ids.stream().map(original::tenant).toList();
        assertThat(ids.stream().map(copy::tenant).toList()).isEqualTo(tenants);
        assertThat(copy.records(PersonKind.INSTANCE, ids)).containsExactlyInAnyOrderElementsOf(original.records(PersonKind.INSTANCE, ids));
        assertThat(copy.records(ScheduleKind.INSTANCE, ids)).containsExactlyInAnyOrderElementsOf(original.records(ScheduleKind.INSTANCE, ids));
        assertThat(copy.records(DeploymentKind.INSTANCE, ids)).containsExactlyInAnyOrderElementsOf(original.records(DeploymentKind.INSTANCE, ids));
        assertThat(sorted(copy.computers(ids, true))).isEqualTo(sorted(original.computers(ids, true)));
        assertThat(copy.preferences()).containsExactlyInAnyOrderElementsOf(original.preferences());
    }

    private static List<Computer> sorted(List<Computer> computers) {
        return computers.stream().sorted(Comparator.comparing(Computer::id)).toList();
    }
}
