package dev.canopy.cli;

import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canopy import FILE --dry-run} on {@link ComplianceSeed}: the plan printed, nothing changed, bad input exits 2. */
class ImportCommandTest extends SeededCli {

    private Path file(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private int computers() {
        try (LocalStore store = LocalStore.open(folder)) {
            return store.fleet().computerInventories(null, s -> false, (a, b) -> { }).size();
        }
    }

    @Test
    void aDattoExportIsRecognisedAndItsPlanPrintedChangingNothing() throws Exception {
        Path export = file("devices.json", """
                {"pageDetails": {"count": 3},
                 "devices": [{"uid": "d-1", "siteUid": "s-1", "siteName": "acme", "hostname": "ACME-01", "operatingSystem": "Windows 11 Pro"},
                             {"uid": "d-2", "siteUid": "s-2", "siteName": "Initech", "hostname": "INI-01", "operatingSystem": "Windows 11 Pro"},
                             {"uid": "d-3", "siteUid": "s-2", "siteName": "Initech", "hostname": "INI-02", "lastSeen": "not a date"}]}
                """);
        int before = computers();

        assertThat(Main.run("--data-dir", folder.toString(), "import", export.toString(), "--dry-run")).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).startsWith("Preset: Datto RMM devices (API v2) (recognised from the file's columns); 3 rows read. Nothing was changed (dry run).",
                "Would create 1 tenants and 1 computers, change 1 computers, leave 0 unchanged.", "  new client: Initech (id s-2)");
        assertThat(lines).as("matched by name in Acme (found as \"acme\")").anyMatch(l -> l.startsWith("  line 2: ACME-01: device id ") && l.endsWith(" → d-1"));
        assertThat(lines).contains("1 computers of these tenants are not in the file (kept; deactivate them yourself if gone): ACME-02",
                "1 row cannot be imported:").anyMatch(l -> l.startsWith("  line 4: last seen: \"not a date\" is not a date"));
        assertThat(computers()).as("a dry run changes nothing").isEqualTo(before);
    }

    @Test
    void withoutDryRunAnUnknownShapeOrABadPresetItExitsTwoAndSaysWhy() throws Exception {
        Path unknown = file("mystery.csv", "Host,Customer\nPC-1,Acme\n");

        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString())).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString(), "--dry-run")).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString(), "--dry-run", "--preset", "kaseya")).isEqualTo(2);
        Path empty = temp.resolve("empty");
        assertThat(Main.run("--data-dir", empty.toString(), "import", unknown.toString(), "--dry-run")).isEqualTo(2);
        assertThat(empty).as("a dry run creates no database").doesNotExist();

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "canopy: applying an import is not built yet; run with --dry-run to see what it would do",
                "canopy: the file's shape is not one Canopy knows. Its columns: Host, Customer. Known presets: datto-rmm, ninjaone, atera (see docs/imports.md)",
                "canopy: --preset must be datto-rmm, ninjaone, atera; got \"kaseya\"",
                "canopy: there is no Canopy data in " + temp.resolve("empty") + " (canopy sample or canopy sync fills it)");
        assertThat(out.size()).isZero();
    }
}
