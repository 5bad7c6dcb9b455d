package dev.canopy.reports;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SyncLedger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The compliance report on {@link ComplianceSeed}: the rows, groups and totals a technician would see. */
class ComplianceQueryTest extends SeededStore {

    private final ComplianceSeed seed = new ComplianceSeed();

    @Override
    protected void seed(LocalStore given) {
        seed.write(given);
    }

    private ComplianceReport report(ComplianceFilter filter, Grouping grouping) {
        return ComplianceQuery.run(store, filter, grouping);
    }

    @Test
    void everyTenantByTenantGivesOneRowPerComputerAndDeploymentWithTheReasonInWords() {
        ComplianceReport report = report(ComplianceFilter.everything(), Grouping.TENANT);

        assertThat(report.scope()).isEqualTo("All tenants");
        assertThat(report.groups()).extracting(ComplianceGroup::name, g -> g.totals().rows(), g -> g.totals().compliant(),
                        g -> g.totals().percentCompliant())
                .containsExactly(tuple("Northwind › Acme", 6, 3, 50.0), tuple("Northwind › Acme › Acme Berlin", 2, 0, 0.0),
                        tuple("Northwind › Contoso", 3, 1, 33.3), tuple("Northwind › Globex", 2, 0, 0.0));
        assertThat(report.totals()).isEqualTo(new ComplianceTotals(13, 4));
        assertThat(report.totals().nonCompliant()).isEqualTo(9);
        assertThat(report.totals().percentCompliant()).isEqualTo(30.8);
        assertThat(report.rows()).extracting(ComplianceRow::computerName, ComplianceRow::software, ComplianceRow::compliant,
                ComplianceRow::reason).containsExactly(
                tuple("ACME-01", "7-Zip", true, "has 24.08"),
                tuple("ACME-01", "Dentrix", true, "has 24.1"),
                tuple("ACME-01", "Google Chrome", true, "has 131.0, the newest"),
                tuple("ACME-02", "7-Zip", false, "needs ≥ 24.08, has 23.01"),
                tuple("ACME-02", "Dentrix", false, "not installed"),
                tuple("ACME-02", "Google Chrome", false, "needs 131.0 (newest), has 130.0"),
                tuple("BER-01", "Dentrix", false, "needs 24.1, has 24.2"),
                tuple("BER-01", "Google Chrome", false, "needs 131.0 (newest), has 130.0"),
                tuple("CON-01", "Legacy VPN", false, "should be absent, has 2.0"),
                tuple("CON-02", "Backup Agent", false, "not installed"),
                tuple("CON-02", "Legacy VPN", true, "absent"),
                tuple(ComplianceSeed.FORMULA_NAME, "7-Zip", false, "not installed"),
                tuple(ComplianceSeed.FORMULA_NAME, "Google Chrome", false, "not installed"));
    }

    @Test
    void aRowCarriesTheDesiredStateEnforcementAndInstalledVersion() {
        ComplianceRow row = report(ComplianceFilter.everything(), Grouping.TENANT).rows().get(3);

        assertThat(row.tenantId()).isEqualTo(seed.acme);
        assertThat(row.tenantName()).isEqualTo("Acme");
        assertThat(row.desiredState()).isEqualTo(DesiredState.AT_LEAST);
        assertThat(row.wantedVersion()).isEqualTo("24.08");
        assertThat(row.enforcement()).isEqualTo(Enforcement.REQUIRED);
        assertThat(row.installedVersion()).isEqualTo("23.01");
        ComplianceRow missing = report(ComplianceFilter.everything(), Grouping.TENANT).rows().get(4);
        assertThat(missing.installedVersion()).isNull();
    }

    @Test
    void bySoftwareGroupsEverySpellingTogetherWithTotals() {
        ComplianceReport report = report(ComplianceFilter.everything(), Grouping.SOFTWARE);

        assertThat(report.groups()).extracting(ComplianceGroup::name, g -> g.totals().rows(), g -> g.totals().compliant())
                .containsExactly(tuple("7-Zip", 3, 1), tuple("Backup Agent", 1, 0), tuple("Dentrix", 3, 1),
                        tuple("Google Chrome", 4, 1), tuple("Legacy VPN", 2, 1));
        assertThat(report.totals()).isEqualTo(new ComplianceTotals(13, 4));
        assertThat(report.groups().get(3).rows()).extracting(ComplianceRow::computerName)
                .containsExactly("ACME-01", "ACME-02", "BER-01", ComplianceSeed.FORMULA_NAME);  // tenants in tree order
    }

    @Test
    void aTenantAloneOrWithItsSubTenants() {
        ComplianceReport alone = report(ComplianceFilter.tenant(seed.acme, false), Grouping.TENANT);
        assertThat(alone.scope()).isEqualTo("Northwind › Acme");
        assertThat(alone.groups()).extracting(ComplianceGroup::name).containsExactly("Northwind › Acme");
        assertThat(alone.totals()).isEqualTo(new ComplianceTotals(6, 3));

        ComplianceReport withSubs = report(ComplianceFilter.tenant(seed.acme, true), Grouping.TENANT);
        assertThat(withSubs.scope()).isEqualTo("Northwind › Acme (with sub-tenants)");
        assertThat(withSubs.groups()).extracting(ComplianceGroup::name).containsExactly("Northwind › Acme", "Northwind › Acme › Acme Berlin");
        assertThat(withSubs.totals()).isEqualTo(new ComplianceTotals(8, 3));
    }

    @Test
    void theNewestVersionCountsComputersOutsideTheReport() {
        // Acme Berlin's own computers have Chrome 130.0 at most; Acme's 131.0 is still the newest known
        ComplianceReport berlin = report(ComplianceFilter.tenant(seed.berlin, false), Grouping.TENANT);
        assertThat(berlin.rows()).extracting(ComplianceRow::reason).contains("needs 131.0 (newest), has 130.0");
    }

    @Test
    void softwareEnforcementAndStatusFilterRowsAfterResolution() {
        ComplianceReport dentrix = report(ComplianceFilter.everything().withSoftware(List.of("DENTRIX")), Grouping.TENANT);
        assertThat(dentrix.rows()).extracting(ComplianceRow::computerName).containsExactly("ACME-01", "ACME-02", "BER-01");

        // Berlin's IGNORE still beats the cross-tenant 7-Zip when only 7-Zip is asked for
        ComplianceReport sevenZip = report(ComplianceFilter.everything().withSoftware(List.of("7-zip")), Grouping.TENANT);
        assertThat(sevenZip.rows()).extracting(ComplianceRow::computerName).containsExactly("ACME-01", "ACME-02", ComplianceSeed.FORMULA_NAME);

        ComplianceReport onboarding = report(ComplianceFilter.everything().withEnforcement(Enforcement.ONBOARDING), Grouping.TENANT);
        assertThat(onboarding.rows()).extracting(ComplianceRow::software).containsOnly("Dentrix").hasSize(3);

        ComplianceReport failing = report(ComplianceFilter.everything().withStatus(ComplianceFilter.Status.NON_COMPLIANT), Grouping.TENANT);
        assertThat(failing.totals()).isEqualTo(new ComplianceTotals(9, 0));
        assertThat(failing.totals().percentCompliant()).isEqualTo(0.0);
        ComplianceReport passing = report(ComplianceFilter.everything().withStatus(ComplianceFilter.Status.COMPLIANT), Grouping.SOFTWARE);
        assertThat(passing.groups()).extracting(ComplianceGroup::name).containsExactly("7-Zip", "Dentrix", "Google Chrome", "Legacy VPN");
        assertThat(passing.totals()).isEqualTo(new ComplianceTotals(4, 4));
    }

    @Test
    void aComputerScopedDeploymentReachesOnlyThatComputer() {
        ComplianceReport contoso = report(ComplianceFilter.tenant(seed.contoso, true), Grouping.TENANT);
        assertThat(contoso.rows()).filteredOn(r -> r.software().equals("Backup Agent")).extracting(ComplianceRow::computerId)
                .containsExactly(seed.con02);
        // Contoso opts out of cross-tenant deployments: no 7-Zip row although CON-01 has an old one
        assertThat(contoso.rows()).extracting(ComplianceRow::software).doesNotContain("7-Zip", "Google Chrome");
    }

    @Test
    void aTenantWithoutComputersGivesAnEmptyReportAndAGoneTenantIsRefused() {
        ComplianceReport lab = report(ComplianceFilter.tenant(seed.acmeLab, true), Grouping.TENANT);
        assertThat(lab.groups()).isEmpty();
        assertThat(lab.totals().percentCompliant()).isEqualTo(100.0);

        assertThatThrownBy(() -> report(ComplianceFilter.tenant(UUID.randomUUID(), false), Grouping.TENANT))
                .isInstanceOf(RuleViolation.class).hasMessage("That tenant no longer exists.");
    }

    /** The fleet's inventory is kept between reports: a reassign, or a pulled deletion, shows in the next one all the same. */
    @Test
    void aReportAfterAWriteThatChangedComputersSeesTheChange() {
        ComplianceReport before = report(ComplianceFilter.everything(), Grouping.TENANT);
        UUID acme02 = before.rows().stream().filter(r -> r.computerName().equals("ACME-02")).findFirst().orElseThrow().computerId();
        UUID con02 = seed.con02;

        store.execute(ReassignComputers.to(seed.globex, List.of(acme02)));
        ComplianceReport moved = report(ComplianceFilter.everything(), Grouping.TENANT);
        assertThat(moved.rows()).filteredOn(r -> r.computerId().equals(acme02)).extracting(ComplianceRow::tenantName).containsOnly("Globex");
        assertThat(moved.totals().rows()).as("ACME-02 has Globex's two rows now, not Acme's three").isEqualTo(13 - 3 + 2);

        store.syncLedger().applyPage(List.of(new SyncLedger.PulledChange("DELETE", "computer", con02, null)), 1);
        ComplianceReport pulled = report(ComplianceFilter.everything(), Grouping.TENANT);
        assertThat(pulled.rows()).extracting(ComplianceRow::computerId).doesNotContain(con02);
        assertThat(pulled.totals().rows()).isEqualTo(13 - 3 + 2 - 2);
    }
}
