package dev.canopy.ui.reports;

import dev.canopy.reports.ComplianceFilter;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.Grouping;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.ComputerShortlist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The report window's filters, grouping and totals on the report tests' data, its CSV export, and rows opened as computers. */
class ComplianceReportViewModelTest extends ViewModelFixture {

    private final ComplianceSeed seed = new ComplianceSeed();
    private final List<ComputerShortlist> opened = new ArrayList<>();
    private final List<UUID> openedDeployments = new ArrayList<>();
    private ComplianceReportViewModel model;

    @BeforeEach
    void openSeeded() {
        open(seed::write);
        select(seed.acme);
        model = new ComplianceReportViewModel(services().tenants(), services().store(), services().tasks(), opened::add, openedDeployments::add);
    }

    private ComplianceReport report() {
        return model.reportProperty().get();
    }

    @Test
    void theSelectedTenantWithItsSubTenantsIsReportedAndTheFiltersNarrowIt() {
        model.run();
        assertThat(report().scope()).endsWith("Acme (with sub-tenants)");
        assertThat(report().totals().rows()).as("ACME-01 and -02 three rows each, BER-01 two").isEqualTo(8);
        assertThat(report().totals().compliant()).isEqualTo(3);
        assertThat(model.messageProperty().get()).contains("8 rows").contains("37.5% compliant");

        model.statusProperty().set(ComplianceFilter.Status.NON_COMPLIANT);
        model.softwareProperty().set("google chrome, Dentrix");
        model.run();
        assertThat(report().rows()).extracting(r -> r.computerName() + " " + r.software())
                .containsExactlyInAnyOrder("ACME-02 Google Chrome", "ACME-02 Dentrix", "BER-01 Google Chrome", "BER-01 Dentrix");
        assertThat(model.filtersText()).isEqualTo("software: Dentrix, google chrome · any enforcement · non-compliant only · grouped by tenant");

        model.groupingProperty().set(Grouping.SOFTWARE);
        model.run();
        assertThat(report().groups()).extracting(g -> g.name() + " " + g.totals().nonCompliant()).containsExactly("Dentrix 2", "Google Chrome 2");
    }

    @Test
    void theExportIsAWholeCsvFileAndRowsOpenTheirComputers() throws Exception {
        model.run();
        Path file = folder.resolve("out/compliance.csv");
        Files.createDirectories(file.getParent());
        model.exportCsv(file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTenant,").contains("ACME-02").contains("needs ≥ 24.08, has 23.01");
        assertThat(file.resolveSibling("compliance.csv.partial")).doesNotExist();
        assertThat(model.messageProperty().get()).startsWith("Exported 8 rows to ");

        model.openComputers(report().rows().stream().filter(r -> !r.compliant()).toList());
        assertThat(opened).singleElement().satisfies(list -> {
            assertThat(list.computerIds()).as("ACME-02 and BER-01").hasSize(2);
            assertThat(list.description()).isEqualTo("2 computers from the compliance report");
            assertThat(list.includeSubTenants()).isTrue();
        });
    }

    @Test
    void aRowOpensItsEffectiveDeploymentInItsComputersTenant() {
        model.run();
        ComplianceRow berlinDentrix = report().rows().stream().filter(r -> r.computerName().equals("BER-01") && r.software().equals("Dentrix"))
                .findFirst().orElseThrow();

        model.openDeployment(berlinDentrix);

        assertThat(main.selectedTenantProperty().get()).as("BER-01's tenant").isEqualTo(seed.berlin);
        assertThat(openedDeployments).containsExactly(berlinDentrix.deploymentId());
        assertThat(store().records(dev.canopy.domain.deployment.DeploymentKind.INSTANCE, List.of(seed.acme)))
                .as("Acme's Dentrix, inherited by Berlin, is the one it judges").extracting(d -> d.id()).contains(berlinDentrix.deploymentId());
    }
}
