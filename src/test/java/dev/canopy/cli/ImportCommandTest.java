package dev.canopy.cli;

import dev.canopy.domain.person.PersonKind;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

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
        assertThat(lines).contains("1 computers of these tenants are not in the file (kept; remove them yourself if gone): ACME-02",
                "1 row cannot be imported:").anyMatch(l -> l.startsWith("  line 4: Last seen: \"not a date\" is not a date"));
        assertThat(computers()).as("a dry run changes nothing").isEqualTo(before);
    }

    @Test
    void anUnknownShapeABadPresetOrAFolderWithoutDataExitsTwoAndSaysWhy() throws Exception {
        Path unknown = file("mystery.csv", "Host,Customer\nPC-1,Acme\n");

        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString())).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString(), "--dry-run")).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "import", unknown.toString(), "--dry-run", "--preset", "kaseya")).isEqualTo(2);
        Path empty = temp.resolve("empty");
        assertThat(Main.run("--data-dir", empty.toString(), "import", unknown.toString(), "--dry-run")).isEqualTo(2);
        assertThat(empty).as("a dry run creates no database").doesNotExist();

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "canopy: the file's shape is not one Canopy knows. Its columns: Host, Customer. Known presets: datto-rmm, ninjaone, atera; or map its columns with --mapping (see docs/imports.md)",
                "canopy: the file's shape is not one Canopy knows. Its columns: Host, Customer. Known presets: datto-rmm, ninjaone, atera; or map its columns with --mapping (see docs/imports.md)",
                "canopy: --preset must be datto-rmm, ninjaone, atera; got \"kaseya\"",
                "canopy: there is no Canopy data in " + temp.resolve("empty") + " (canopy sample or canopy sync fills it)");
        assertThat(out.size()).isZero();
    }

    private static final String DATTO = """
            {"pageDetails": {"count": 3},
             "devices": [{"uid": "d-1", "siteUid": "s-1", "siteName": "acme", "hostname": "ACME-01", "operatingSystem": "Windows 11 Pro"},
                         {"uid": "d-2", "siteUid": "s-2", "siteName": "Initech", "hostname": "INI-01", "operatingSystem": "Windows 11 Pro"},
                         {"uid": "d-3", "siteUid": "s-2", "siteName": "Initech", "hostname": "INI-02", "lastSeen": 1764500000000}]}
            """;

    private String tenantsAndComputers() {
        try (LocalStore store = LocalStore.open(folder)) {
            var tree = store.loadHierarchy();
            return tree.depthFirst().stream().map(t -> t.name() + "=" + store.computers(List.of(t.id()), false).stream()
                    .map(c -> c.name() + "/" + c.deviceId() + "/" + c.os()).sorted().toList()).toList().toString();
        }
    }

    @Test
    void applyingCreatesTheClientWithItsMappingAndTheComputersAndAReimportChangesNothing() throws Exception {
        Path export = file("devices.json", DATTO);

        assertThat(Main.run("--data-dir", folder.toString(), "import", export.toString())).isZero();
        String after = tenantsAndComputers();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Creates 1 tenants and 2 computers, changes 1 computers",
                "Applied as one change: import of 3 computers from devices.json.");
        assertThat(after).contains("Initech=[INI-01/d-2/Windows 11 Pro, INI-02/d-3/]").contains("ACME-01/d-1/");
        try (LocalStore store = LocalStore.open(folder)) {
            var initech = store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Initech")).findFirst().orElseThrow();
            assertThat(store.tenant(initech.id()).orElseThrow().externalRefs()).extracting(r -> r.source() + ":" + r.externalId())
                    .containsExactly("datto-rmm:s-2");
        }

        out.reset();
        assertThat(Main.run("--data-dir", folder.toString(), "import", export.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Creates 0 tenants and 0 computers, changes 0 computers, leaves 3 unchanged.",
                "Nothing to change: the data folder already holds what the file says.");
        assertThat(tenantsAndComputers()).isEqualTo(after);
    }

    @Test
    void rowsThatCannotBeImportedStopTheWholeImportUnlessSkippedByName() throws Exception {
        Path export = file("devices.json", DATTO.replace("1764500000000", "\"not a date\""));
        String before = tenantsAndComputers();

        assertThat(Main.run("--data-dir", folder.toString(), "import", export.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Would create 1 tenants and 1 computers", "  line 4: Last seen: \"not a date\" is not a date",
                "Nothing was changed: fix the rows above, or give --skip-problem-rows to import the others.");
        assertThat(tenantsAndComputers()).as("nothing half-imported").isEqualTo(before);

        assertThat(Main.run("--data-dir", folder.toString(), "import", export.toString(), "--skip-problem-rows")).isZero();
        assertThat(tenantsAndComputers()).contains("Initech=[INI-01/d-2/Windows 11 Pro]");
    }

    @Test
    void intoAnEmptyFolderMspCreatesTheRootFirstAndWithoutItNothingIsCreated() throws Exception {
        Path export = file("devices.json", DATTO);
        Path empty = temp.resolve("new-folder");

        assertThat(Main.run("--data-dir", empty.toString(), "import", export.toString())).isEqualTo(2);
        assertThat(empty).doesNotExist();
        assertThat(Main.run("--data-dir", empty.toString(), "import", export.toString(), "--msp", "Northwind IT")).isZero();

        folder = empty;
        assertThat(tenantsAndComputers()).startsWith("[Northwind IT=[], acme=[ACME-01/d-1/Windows 11 Pro], Initech=[");
        String imported = tenantsAndComputers();

        assertThat(Main.run("--data-dir", empty.toString(), "import", export.toString(), "--msp", "Other MSP")).isEqualTo(2);
        assertThat(errText()).contains("the data folder has its MSP already (Northwind IT); --msp only names the MSP of an empty data folder");
        assertThat(tenantsAndComputers()).isEqualTo(imported);
    }

    @Test
    void aMappingFileMapsTheColumnsOfAnExportNoPresetKnows() throws Exception {
        Path csv = file("psa.csv", "Company;Device;Serial;Operating System\nAcme;ACME-09;SN-9;Windows 10 Pro\nHooli;HOO-01;SN-10;macOS 15\n");
        Path mapping = file("psa-mapping.json", """
                {"source": "psa-x", "columns": {"CLIENT": "Company", "COMPUTER_NAME": "Device", "SERIAL_NUMBER": "Serial", "OS": "Operating System"}}
                """);
        Path wrong = file("bad-mapping.json", """
                {"source": "psa-x", "columns": {"CLIENT": "Customer", "COMPUTER": "Device"}}
                """);

        assertThat(Main.run("--data-dir", folder.toString(), "import", csv.toString(), "--mapping", wrong.toString())).isEqualTo(2);
        assertThat(errText()).contains("\"COMPUTER\" is not a field an import knows");
        assertThat(Main.run("--data-dir", folder.toString(), "import", csv.toString(), "--mapping", mapping.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Mapping for psa-x; 2 rows read.");
        assertThat(tenantsAndComputers()).contains("ACME-09/", "Hooli=[HOO-01/");
    }

    @Test
    void theDryRunPrintsThePeopleOfTheRowsAndApplyingWritesThem() throws Exception {
        Path csv = file("psa-users.csv", """
                Company,Device,User,Email
                Acme,ACME-09,Ann Lee,ann@acme.example
                Acme,,Ann Lee,ann@acme.example
                Acme,,Bo Yu,not-an-address
                """);
        Path mapping = file("psa-mapping.json", """
                {"source": "psa-x", "columns": {"CLIENT": "Company", "COMPUTER_NAME": "Device", "PERSON_NAME": "User", "PERSON_EMAIL": "Email"}}
                """);

        assertThat(Main.run("--data-dir", folder.toString(), "import", csv.toString(), "--mapping", mapping.toString(), "--dry-run")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).contains(
                "Would create 1 people, change 0 people, leave 0 unchanged.", "  line 2: new person: Ann Lee <ann@acme.example>",
                "  line 4: Person e-mail: \"not-an-address\" is not a valid e-mail address.");
        out.reset();

        assertThat(Main.run("--data-dir", folder.toString(), "import", csv.toString(), "--mapping", mapping.toString(), "--skip-problem-rows")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Creates 1 people, changes 0 people, leaves 0 unchanged.",
                "Applied as one change: import of 1 computer and 1 person from psa-users.csv.");
        try (LocalStore store = LocalStore.open(folder)) {
            UUID acme = store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Acme")).findFirst().orElseThrow().id();
            assertThat(store.records(PersonKind.INSTANCE, List.of(acme))).extracting(p -> p.displayName() + " " + p.email())
                    .containsExactly("Ann Lee ann@acme.example");
        }
    }

    @Test
    void theDryRunShowsEachComputerLinkedToItsRowsPersonAndAnotherPersonAsAChange() throws Exception {
        Path mapping = file("psa-mapping.json", """
                {"source": "psa-x", "columns": {"CLIENT": "Company", "COMPUTER_NAME": "Device", "PERSON_NAME": "User", "PERSON_EMAIL": "Email"}}
                """);
        Path first = file("psa-users.csv", """
                Company,Device,User,Email
                Acme,ACME-09,Ann Lee,ann@acme.example
                """);
        assertThat(Main.run("--data-dir", folder.toString(), "import", first.toString(), "--mapping", mapping.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Links 1 new computers to their rows' people as primary person.");
        out.reset();

        Path second = file("psa-users-2.csv", """
                Company,Device,User,Email
                Acme,ACME-09,Bo Yu,bo@acme.example
                """);
        assertThat(Main.run("--data-dir", folder.toString(), "import", second.toString(), "--mapping", mapping.toString(), "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).contains(
                "Would create 0 tenants and 0 computers, change 1 computers, leave 0 unchanged.",
                "  line 2: ACME-09: primary person Ann Lee → Bo Yu", "  line 2: new person: Bo Yu <bo@acme.example>");
        out.reset();
        assertThat(Main.run("--data-dir", folder.toString(), "import", first.toString(), "--mapping", mapping.toString(), "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the first file again changes nothing")
                .contains("change 0 computers, leave 1 unchanged.").doesNotContain("Would link");
    }
}
