package dev.canopy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.CsvCells;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canopy report compliance} and {@code canopy report documentation} on {@link ComplianceSeed}: output, files and exit codes. */
class ReportCommandTest extends SeededCli {

    private int report(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--data-dir";
        args[1] = folder.toString();
        args[2] = "report";
        args[3] = "compliance";
        System.arraycopy(more, 0, args, 4, more.length);
        return Main.run(args);
    }

    @Test
    void printsEveryTenantsRowsAsCsvToStdout() {
        assertThat(report()).isZero();

        List<List<String>> rows = CsvCells.of(out.toByteArray());
        assertThat(rows).hasSize(1 + 13);
        assertThat(rows.get(1)).startsWith("Northwind › Acme", "ACME-01");
        assertThat(errText()).isEmpty();
    }

    @Test
    void aTenantWithItsSubTenantsAsJsonIntoAFile() throws Exception {
        Path file = temp.resolve("out/acme.json");
        Files.createDirectories(file.getParent());

        assertThat(report("--tenant", "acme", "--subtree", "--format", "json", "--output", file.toString(), "--status", "non-compliant"))
                .isZero();

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("scope").asText()).isEqualTo("Northwind › Acme (with sub-tenants)");
        assertThat(json.path("totals").path("rows").asInt()).isEqualTo(5);
        assertThat(json.path("totals").path("compliant").asInt()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Compliance report in " + file + ": 5 rows, 0 compliant, 5 not (0.0%)"
                + System.lineSeparator());
        assertThat(Files.list(file.getParent())).containsExactly(file);  // no partial file left behind
    }

    @Test
    void bySoftwareForOneSoftwareAndEnforcement() {
        assertThat(report("--software", "Dentrix,Legacy VPN", "--enforcement", "onboarding", "--group-by", "software")).isZero();

        assertThat(CsvCells.of(out.toByteArray())).extracting(row -> row.get(3)).containsExactly("Software", "Dentrix", "Dentrix", "Dentrix");
    }

    @Test
    void anAmbiguousNameIsRefusedNamingThePathsAndThePathPicksOne() {
        assertThat(report("--tenant", "Lab")).isEqualTo(2);
        assertThat(errText()).isEqualTo("canopy: \"Lab\" names 2 tenants: Northwind › Acme › Lab; Northwind › Contoso › Lab."
                + " Give more of the path, e.g. --tenant \"Acme/Lab\"" + System.lineSeparator());
        assertThat(out.size()).isZero();

        assertThat(report("--tenant", "Contoso/Lab", "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"scope\" : \"Northwind › Contoso › Lab\"");
    }

    @Test
    void anUnknownTenantExitsWithTwoAndOneLine() {
        assertThat(report("--tenant", "Initech")).isEqualTo(2);

        assertThat(errText()).isEqualTo("canopy: no tenant is named \"Initech\"" + System.lineSeparator());
        assertThat(out.size()).isZero();
    }

    @Test
    void badOptionsAndAnEmptyFolderExitWithTwoAndSayWhy() {
        assertThat(report("--format", "xml")).isEqualTo(2);
        assertThat(report("--subtree")).isEqualTo(2);
        assertThat(report("--status", "broken")).isEqualTo(2);
        Path empty = temp.resolve("empty");
        assertThat(Main.run("--data-dir", empty.toString(), "report", "compliance")).isEqualTo(2);

        assertThat(errText().lines().toList()).containsExactly(
                "canopy: --format must be csv, json; got \"xml\"",
                "canopy: --subtree needs --tenant NAME (without it the report covers every tenant)",
                "canopy: --status must be all, compliant, non-compliant; got \"broken\"",
                "canopy: there is no Canopy data in " + empty + " (canopy sample or canopy sync fills it)");
        assertThat(Files.exists(empty)).isFalse();  // a report changes nothing, not even by creating a folder
    }

    @Test
    void reportWithoutAReportNameExitsWithTwo() {
        assertThat(Main.run("--data-dir", folder.toString(), "report")).isEqualTo(2);
        assertThat(errText()).contains("Name a report: canopy report compliance, canopy report documentation");
    }

    @Test
    void documentationOfATenantWithItsSubtreeIsAWholePdfFile() throws Exception {
        Path file = temp.resolve("out/acme.pdf");
        Files.createDirectories(file.getParent());

        assertThat(Main.run("--data-dir", folder.toString(), "report", "documentation", "--tenant", "Acme", "--subtree",
                "--output", file.toString())).isZero();

        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Tenant documentation in " + file + ": 3 tenants, 3 computers"
                + System.lineSeparator());
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void documentationAsHtmlAndItsBadOptions() throws Exception {
        Path file = temp.resolve("globex.html");
        assertThat(Main.run("--data-dir", folder.toString(), "report", "documentation", "--tenant", "Globex", "--format", "HTML",
                "--output", file.toString())).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<h2>Globex</h2>");

        assertThat(Main.run("--data-dir", folder.toString(), "report", "documentation", "--tenant", "Globex", "--format", "docx",
                "--output", file.toString())).isEqualTo(2);
        assertThat(Main.run("--data-dir", folder.toString(), "report", "documentation", "--output", file.toString())).isEqualTo(2);
        assertThat(errText().lines().toList()).first().isEqualTo("canopy: --format must be html, pdf; got \"docx\"");
        assertThat(errText()).contains("--tenant");
    }
}
