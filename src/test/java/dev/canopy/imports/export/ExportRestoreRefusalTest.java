package dev.canopy.imports.export;

import dev.canopy.imports.ImportRefused;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export files that cannot be restored as they are: each refused with its line and reason, and nothing written. */
class ExportRestoreRefusalTest {

    @TempDir
    Path temp;

    private final ExportSeed seed = new ExportSeed();
    private String export;

    @BeforeEach
    void exportTheSeed() throws Exception {
        try (LocalStore store = LocalStore.open(temp.resolve("original"))) {
            seed.write(store);
            export = CanopyExportTest.export(store, temp.resolve("export.json"));
        }
    }

    @Test
    void aTruncatedFileIsRefusedWithTheLineWhereItEnds() throws Exception {
        List<String> lines = export.lines().toList();
        int fab01 = indexOf(lines, "\"name\":\"FAB-01\"");
        String cut = String.join("\n", lines.subList(0, fab01)) + "\n" + lines.get(fab01).substring(0, 60);
        ImportRefused refused = refusal(cut);
        assertThat(refused.line()).isEqualTo(fab01 + 1);
        assertThat(refused.getMessage()).contains("the file ends in the middle of", "the export is incomplete");
    }

    @Test
    void aFileCutAfterAWholeTenantIsRefusedForItsMissingEnd() throws Exception {
        int end = export.indexOf("\n  \"totals\"");
        ImportRefused refused = refusal(export.substring(0, end));
        assertThat(refused.getMessage()).contains("ends in the middle", "incomplete");
    }

    @Test
    void anotherVersionIsRefusedOnItsLine() throws Exception {
        ImportRefused refused = refusal(export.replace("\"version\":1,", "\"version\":2,"));
        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.getMessage()).contains("format version 2", "this Canopy reads version 1", "a newer Canopy wrote it");
    }

    @Test
    void jsonThatIsNotAnExportIsRefused() throws Exception {
        ImportRefused refused = refusal("{\"devices\":[{\"name\":\"PC-1\"}]}");
        assertThat(refused.getMessage()).contains("this is not a Canopy export");
    }

    @Test
    void aWrongValueIsRefusedWithTheRecordsLineAndField() throws Exception {
        List<String> lines = export.lines().toList();
        int acme = indexOf(lines, "\"name\":\"Acme\",");
        ImportRefused refused = refusal(export.replace("\"name\":\"Acme\",\"slug\":\"acme\",\"kind\":\"CLIENT\"",
                "\"name\":\"Acme\",\"slug\":\"acme\",\"kind\":\"FARM\""));
        assertThat(refused.line()).isEqualTo(acme + 1);
        assertThat(refused.getMessage()).contains("entry 2 of \"tenants\"", "FARM", "MSP", "CLIENT", "SUB");
    }

    @Test
    void anUnknownOrMissingFieldIsRefusedByName() throws Exception {
        assertThat(refusal(export.replace("\"name\":\"FAB-01\",", "\"name\":\"FAB-01\",\"colour\":\"red\",")).getMessage())
                .contains("item 1 of \"computers\" of tenant \"Fabrikam \"Labs\"\"", "\"colour\"");
        assertThat(refusal(export.replace("\"displayName\":\"Carol\",", "")).getMessage()).contains("displayName");
    }

    @Test
    void aRecordUnderTheWrongTenantIsRefused() throws Exception {
        String moved = export.replace("\"tenantId\":\"" + seed.base.globex + "\",\"displayName\":\"Carol\"",
                "\"tenantId\":\"" + seed.fabrikam + "\",\"displayName\":\"Carol\"");
        assertThat(refusal(moved).getMessage()).contains("belongs to tenant " + seed.fabrikam, "not to the tenant it is listed under");
    }

    @Test
    void aRecordRepeatingAnothersIdOrDeviceIsRefusedOnItsLine() throws Exception {
        List<String> lines = export.lines().toList();
        int fab02 = indexOf(lines, "\"name\":\"FAB-02\"");
        ImportRefused sameId = refusal(export.replace("{\"id\":\"" + seed.fab02, "{\"id\":\"" + seed.fab01));
        assertThat(sameId.line()).isEqualTo(fab02 + 1);
        assertThat(sameId.getMessage()).contains("item 2 of \"computers\" of tenant \"Fabrikam \"Labs\"\"",
                "has the \"id\" " + seed.fab01 + " of an earlier item").doesNotContain("SQL", "PRIMARY_KEY");

        ImportRefused sameDevice = refusal(export.replace("\"deviceId\":\"dev-fab-02\"", "\"deviceId\":\"dev-fab-01\""));
        assertThat(sameDevice.line()).isEqualTo(fab02 + 1);
        assertThat(sameDevice.getMessage()).contains("has the \"deviceId\" dev-fab-01 of an earlier item");
    }

    @Test
    void whatTheDatabaseRefusesInTheLastBatchIsRefusedWithALineToo() throws Exception {
        // a person mapped twice to one source: no check of the reader knows it, the database's key does
        String twice = export.replace("[{\"source\":\"entra\",\"externalId\":\"0f3c9a4e-entra-ada\"}]",
                "[{\"source\":\"entra\",\"externalId\":\"0f3c9a4e-entra-ada\"},{\"source\":\"entra\",\"externalId\":\"other\"}]");
        assertThat(twice).isNotEqualTo(export);
        ImportRefused refused = refusal(twice);
        assertThat(refused.line()).isPositive();
        assertThat(refused.getMessage()).contains("the database refused the records up to this line");
    }

    @Test
    void totalsThatDoNotMatchAreRefused() throws Exception {
        assertThat(refusal(export.replace("\"computers\":8,", "\"computers\":9,")).getMessage())
                .contains("the totals say 9 computers but the export holds 8");
    }

    @Test
    void aFolderThatHoldsDataIsRefusedAndKeepsItsData() throws Exception {
        Path file = Files.writeString(temp.resolve("again.json"), export);
        try (LocalStore store = LocalStore.open(temp.resolve("original"))) {
            int before = store.loadHierarchy().size();
            assertThatThrownBy(() -> CanopyExport.restore(file, store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already holds data").hasMessageContaining("empty data folder");
            assertThat(store.loadHierarchy().size()).isEqualTo(before);
        }
    }

    /** The refusal of restoring the text into a new folder, which must then hold nothing. */
    private ImportRefused refusal(String text) throws Exception {
        Path file = Files.writeString(temp.resolve("bad.json"), text);
        try (LocalStore store = LocalStore.open(temp.resolve("target"))) {
            ImportRefused refused = org.junit.jupiter.api.Assertions.assertThrows(ImportRefused.class, () -> CanopyExport.restore(file, store));
            assertThat(store.loadHierarchy().size()).isZero();
            assertThat(store.tenant(seed.base.msp)).isEmpty();
            return refused;
        }
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}
