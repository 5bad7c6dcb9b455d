package dev.canopy.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compliance report of {@link ComplianceSeed} written as CSV and as JSON. */
class ComplianceOutputTest extends SeededStore {

    private final ComplianceSeed seed = new ComplianceSeed();

    @Override
    protected void seed(LocalStore given) {
        seed.write(given);
    }

    @Test
    void csvHasAHeaderAndOneLinePerRowWithTheFormulaNameNeutralised() {
        ComplianceReport report = ComplianceQuery.run(store, ComplianceFilter.tenant(seed.acme, false), Grouping.TENANT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceCsv.write(report, out);
        List<List<String>> rows = CsvCells.of(out.toByteArray());

        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(0)).containsExactly("Tenant", "Computer", "Computer ID", "Software", "Desired state", "Wanted version",
                "Enforcement", "Installed version", "Compliant", "Reason");
        assertThat(rows.get(4)).containsExactly("Northwind › Acme", "ACME-02", report.rows().get(3).computerId().toString(), "7-Zip",
                "At least", "24.08", "Required", "23.01", "no", "needs ≥ 24.08, has 23.01");
        assertThat(rows.get(5)).endsWith("Dentrix", "Specific version", "24.1", "Onboarding", "", "no", "not installed");

        ComplianceReport globex = ComplianceQuery.run(store, ComplianceFilter.tenant(seed.globex, false), Grouping.TENANT);
        ByteArrayOutputStream formula = new ByteArrayOutputStream();
        ComplianceCsv.write(globex, formula);
        assertThat(CsvCells.of(formula.toByteArray())).extracting(row -> row.get(1))
                .containsExactly("Computer", "'" + ComplianceSeed.FORMULA_NAME, "'" + ComplianceSeed.FORMULA_NAME);
    }

    @Test
    void jsonHasTheFilterTotalsGroupsAndRows() throws Exception {
        ComplianceReport report = ComplianceQuery.run(store, ComplianceFilter.everything(), Grouping.SOFTWARE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceJson.write(report, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());

        assertThat(json.path("report").asText()).isEqualTo("compliance");
        assertThat(json.path("scope").asText()).isEqualTo("All tenants");
        assertThat(json.path("groupBy").asText()).isEqualTo("software");
        assertThat(json.path("filter").path("status").asText()).isEqualTo("ALL");
        assertThat(json.path("filter").path("enforcement").isNull()).isTrue();
        assertThat(json.path("totals").toString()).isEqualTo("{\"rows\":13,\"compliant\":4,\"nonCompliant\":9,\"percentCompliant\":30.8}");
        assertThat(json.path("groups")).hasSize(5);
        JsonNode sevenZip = json.path("groups").get(0);
        assertThat(sevenZip.path("name").asText()).isEqualTo("7-Zip");
        assertThat(sevenZip.path("totals").path("rows").asInt()).isEqualTo(3);
        JsonNode row = sevenZip.path("rows").get(1);
        assertThat(row.path("tenant").asText()).isEqualTo("Northwind › Acme");
        assertThat(row.path("tenantId").asText()).isEqualTo(seed.acme.toString());
        assertThat(row.path("computer").asText()).isEqualTo("ACME-02");
        assertThat(row.path("desiredState").asText()).isEqualTo("AT_LEAST");
        assertThat(row.path("wantedVersion").asText()).isEqualTo("24.08");
        assertThat(row.path("enforcement").asText()).isEqualTo("REQUIRED");
        assertThat(row.path("installedVersion").asText()).isEqualTo("23.01");
        assertThat(row.path("compliant").asBoolean()).isFalse();
        assertThat(row.path("reason").asText()).isEqualTo("needs ≥ 24.08, has 23.01");
        assertThat(sevenZip.path("rows").get(2).path("installedVersion").isNull()).isTrue();
    }
}
