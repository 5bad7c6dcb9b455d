package dev.canopy.domain.deployment;

import dev.canopy.domain.computer.Software;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceTest {

    private static final UUID MSP = UUID.randomUUID();
    private static final ComputerContext PC = new ComputerContext(UUID.randomUUID(), List.of(MSP), Set.of(), false);
    private static final Function<String, String> LATEST = Map.of("App", "24.10")::get;

    private static Finding finding(DesiredState state, String version, String installed) {
        Deployment d = TestDeployments.of("App").state(state, version).tenant(MSP).build();
        List<Software> inventory = installed == null ? List.of(new Software("Other", "1.0", "Contoso"))
                : List.of(new Software("app", installed, "Contoso"));
        ComputerCompliance c = Compliance.evaluate(inventory, DeploymentResolver.resolve(PC, List.of(d)), LATEST);
        assertThat(c.findings()).hasSize(1);
        assertThat(c.compliant()).isEqualTo(c.findings().get(0).satisfied());
        return c.findings().get(0);
    }

    @Test
    void latestWantsTheNewestKnownVersion() {
        assertThat(finding(DesiredState.LATEST, "", "24.10").satisfied()).isTrue();
        Finding old = finding(DesiredState.LATEST, "", "24.9");
        assertThat(old.satisfied()).isFalse();
        assertThat(old.reason()).isEqualTo("Installed 24.9; the newest known is 24.10.");
        assertThat(finding(DesiredState.LATEST, "", null).satisfied()).isFalse();
        // newer than anything the instance has seen still counts as latest
        assertThat(finding(DesiredState.LATEST, "", "25.1").satisfied()).isTrue();
    }

    @Test
    void latestWithNoKnownVersionAcceptsAnyInstalledVersion() {
        Deployment d = TestDeployments.of("Mystery").latest().tenant(MSP).build();
        ComputerCompliance c = Compliance.evaluate(List.of(new Software("Mystery", "0.1", "")),
                DeploymentResolver.resolve(PC, List.of(d)), software -> null);
        assertThat(c.compliant()).isTrue();
        assertThat(c.findings().get(0).reason()).isEqualTo("Installed 0.1; no newer version is known.");
    }

    @Test
    void specificVersionWantsThatVersion() {
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "24.08", "24.8").satisfied()).isTrue();
        Finding other = finding(DesiredState.SPECIFIC_VERSION, "24.08", "24.10");
        assertThat(other.satisfied()).isFalse();
        assertThat(other.reason()).isEqualTo("Installed 24.10; version 24.08 is wanted.");
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "24.08", null).satisfied()).isFalse();
    }

    @Test
    void atLeastWantsThatVersionOrNewer() {
        assertThat(finding(DesiredState.AT_LEAST, "16.0.17928", "16.0.18129").satisfied()).isTrue();
        assertThat(finding(DesiredState.AT_LEAST, "16.0.17928", "16.0.17928").satisfied()).isTrue();
        assertThat(finding(DesiredState.AT_LEAST, "16.0.17928", "16.0.9999").satisfied()).isFalse();
        assertThat(finding(DesiredState.AT_LEAST, "16.0.17928", null).satisfied()).isFalse();
    }

    @Test
    void anyVersionWantsItInstalled() {
        Finding present = finding(DesiredState.ANY_VERSION, "", "1.0");
        assertThat(present.satisfied()).isTrue();
        assertThat(present.installed()).isTrue();
        Finding missing = finding(DesiredState.ANY_VERSION, "", null);
        assertThat(missing.satisfied()).isFalse();
        assertThat(missing.installed()).isFalse();
        assertThat(missing.installedVersion()).isNull();
        assertThat(missing.reason()).isEqualTo("Not installed.");
    }

    @Test
    void notPresentWantsItGone() {
        assertThat(finding(DesiredState.NOT_PRESENT, "", null).satisfied()).isTrue();
        Finding there = finding(DesiredState.NOT_PRESENT, "", "1.0");
        assertThat(there.satisfied()).isFalse();
        assertThat(there.reason()).isEqualTo("Installed 1.0, but it should not be present.");
    }

    @Test
    void updateIfFoundWantsItAbsentOrAtTheNewestVersion() {
        assertThat(finding(DesiredState.UPDATE_IF_FOUND, "", null).satisfied()).isTrue();
        assertThat(finding(DesiredState.UPDATE_IF_FOUND, "", "24.10").satisfied()).isTrue();
        assertThat(finding(DesiredState.UPDATE_IF_FOUND, "", "24.9").satisfied()).isFalse();
    }

    @Test
    void ignoreIsAlwaysSatisfied() {
        assertThat(finding(DesiredState.IGNORE, "", null).satisfied()).isTrue();
        assertThat(finding(DesiredState.IGNORE, "", "0.1").satisfied()).isTrue();
    }

    @Test
    void onlyTheWinnerIsChecked() {
        Deployment everywhere = TestDeployments.of("Zoom").latest().crossTenant(MSP).build();
        Deployment notHere = TestDeployments.of("Zoom").notPresent().tenant(MSP).build();
        ComputerCompliance c = Compliance.evaluate(List.of(), DeploymentResolver.resolve(PC, List.of(everywhere, notHere)), LATEST);
        assertThat(c.compliant()).isTrue();
        assertThat(c.finding("zoom")).hasValueSatisfying(f -> assertThat(f.desiredState()).isEqualTo(DesiredState.NOT_PRESENT));
    }

    @Test
    void sideBySideInstallsCountAtTheirHighestVersion() {
        Deployment d = TestDeployments.of("Java").state(DesiredState.AT_LEAST, "17").tenant(MSP).build();
        List<Software> inventory = List.of(new Software("Java", "8.0.401", "Oracle"), new Software("JAVA", "17.0.15", "Oracle"));
        ComputerCompliance c = Compliance.evaluate(inventory, DeploymentResolver.resolve(PC, List.of(d)), LATEST);
        assertThat(c.compliant()).isTrue();
        assertThat(c.findings().get(0).installedVersion()).isEqualTo("17.0.15");
    }

    @Test
    void theNewestKnownVersionsCanComeFromAMapOrFromInventories() {
        Deployment d = TestDeployments.of("App").latest().tenant(MSP).build();
        Map<String, Resolution> effective = DeploymentResolver.resolve(PC, List.of(d));
        List<Software> mine = List.of(new Software("App", "24.9", ""));

        assertThat(Compliance.evaluate(mine, effective, Map.of("APP", "24.9")).compliant()).isTrue();

        LatestKnownVersions known = new LatestKnownVersions().addAll(mine)
                .addAll(List.of(new Software("app", "24.10", ""), new Software("App", "24.08", "")));
        assertThat(known.apply("APP")).isEqualTo("24.10");
        assertThat(Compliance.evaluate(mine, effective, known).compliant()).isFalse();
    }

    @Test
    void versionsCompareAsATechnicianReadsThem() {
        assertThat(finding(DesiredState.AT_LEAST, "1.9", "1.10").satisfied()).isTrue();
        assertThat(finding(DesiredState.AT_LEAST, "1.10", "1.9").satisfied()).isFalse();
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "7.0", "7.0.0").satisfied()).isTrue();
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "7.0.0", "7.0").satisfied()).isTrue();
        Finding beta = finding(DesiredState.AT_LEAST, "7.2", "7.2.0-beta");
        assertThat(beta.satisfied()).isFalse();
        assertThat(beta.brief()).isEqualTo("needs ≥ 7.2, has 7.2.0-beta");
        assertThat(finding(DesiredState.AT_LEAST, "7.2.0-beta", "7.2").satisfied()).isTrue();
    }

    @Test
    void latestIsMeasuredAgainstTheNewestKnownReleaseNotAPreRelease() {
        Deployment d = TestDeployments.of("App").latest().tenant(MSP).build();
        Map<String, Resolution> effective = DeploymentResolver.resolve(PC, List.of(d));
        LatestKnownVersions known = new LatestKnownVersions().add("App", "7.2.0-rc1").add("App", "7.1.4").add("App", "7.2.0");
        assertThat(known.apply("app")).isEqualTo("7.2.0");
        ComputerCompliance rc = Compliance.evaluate(List.of(new Software("App", "7.2.0-rc1", "")), effective, known);
        assertThat(rc.compliant()).isFalse();
        assertThat(rc.findings().get(0).brief()).isEqualTo("needs 7.2.0 (newest), has 7.2.0-rc1");
        ComputerCompliance current = Compliance.evaluate(List.of(new Software("App", "7.2", "")), effective, known);
        assertThat(current.compliant()).isTrue();
        assertThat(current.findings().get(0).brief()).isEqualTo("has 7.2, the newest");
    }

    @Test
    void softwareMissingFromTheInventoryFailsOnlyTheStatesThatWantItThere() {
        Map<DesiredState, Boolean> satisfiedWhenMissing = Map.of(
                DesiredState.LATEST, false, DesiredState.SPECIFIC_VERSION, false, DesiredState.AT_LEAST, false,
                DesiredState.ANY_VERSION, false, DesiredState.NOT_PRESENT, true, DesiredState.UPDATE_IF_FOUND, true,
                DesiredState.IGNORE, true);
        assertThat(satisfiedWhenMissing).containsOnlyKeys(DesiredState.values());
        satisfiedWhenMissing.forEach((state, satisfied) -> {
            Finding f = finding(state, state.takesVersion() ? "7.2" : "", null);
            assertThat(f.satisfied()).as(state.name()).isEqualTo(satisfied);
            assertThat(f.installed()).as(state.name()).isFalse();
            if (!satisfied) {
                assertThat(f.brief()).as(state.name()).isEqualTo("not installed");
            }
        });
    }

    @Test
    void everyStateHasAShortReasonForAReport() {
        assertThat(finding(DesiredState.AT_LEAST, "7.2", "7.0").brief()).isEqualTo("needs ≥ 7.2, has 7.0");
        assertThat(finding(DesiredState.AT_LEAST, "7.2", "7.3").brief()).isEqualTo("has 7.3");
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "24.08", "24.10").brief()).isEqualTo("needs 24.08, has 24.10");
        assertThat(finding(DesiredState.NOT_PRESENT, "", "1.0").brief()).isEqualTo("should be absent, has 1.0");
        assertThat(finding(DesiredState.NOT_PRESENT, "", null).brief()).isEqualTo("absent");
        assertThat(finding(DesiredState.LATEST, "", "24.9").brief()).isEqualTo("needs 24.10 (newest), has 24.9");
        assertThat(finding(DesiredState.UPDATE_IF_FOUND, "", null).brief()).isEqualTo("not installed, nothing to update");
        assertThat(finding(DesiredState.ANY_VERSION, "", "").brief()).isEqualTo("version unknown");
        assertThat(finding(DesiredState.IGNORE, "", "0.1").brief()).isEqualTo("ignored");
        // the long reasons stay as they were
        assertThat(finding(DesiredState.AT_LEAST, "7.2", "7.0").reason()).isEqualTo("Installed 7.0; at least 7.2 is wanted.");
    }

    @Test
    void aComputerWithoutDeploymentsIsCompliant() {
        assertThat(Compliance.evaluate(List.of(new Software("App", "1", "")), Map.of(), LATEST).compliant()).isTrue();
    }

    @Test
    void tenantComplianceCountsComputers() {
        Finding ok = new Finding("App", DesiredState.ANY_VERSION, "1", true, "Installed 1.", "has 1");
        Finding missingApp = new Finding("App", DesiredState.ANY_VERSION, null, false, "Not installed.", "not installed");
        Finding missingZoom = new Finding("zoom", DesiredState.ANY_VERSION, null, false, "Not installed.", "not installed");
        TenantCompliance t = TenantCompliance.of(List.of(
                new ComputerCompliance(List.of(ok)),
                new ComputerCompliance(List.of(missingApp, missingZoom)),
                new ComputerCompliance(List.of(missingApp)),
                new ComputerCompliance(List.of())));
        assertThat(t.computers()).isEqualTo(4);
        assertThat(t.compliant()).isEqualTo(2);
        assertThat(t.nonCompliant()).isEqualTo(2);
        assertThat(t.compliantShare()).isEqualTo(0.5);
        assertThat(t.nonCompliantBySoftware()).containsExactly(Map.entry("App", 2), Map.entry("zoom", 1));
        assertThat(TenantCompliance.of(List.of()).compliantShare()).isEqualTo(1.0);
    }

    @Test
    void theBriefSaysWhyInAFewWordsForAReportCell() {
        assertThat(finding(DesiredState.AT_LEAST, "7.2", "7.0").brief()).isEqualTo("needs ≥ 7.2, has 7.0");
        assertThat(finding(DesiredState.AT_LEAST, "7.2", "7.3").brief()).isEqualTo("has 7.3");
        assertThat(finding(DesiredState.AT_LEAST, "7.2", null).brief()).isEqualTo("not installed");
        assertThat(finding(DesiredState.SPECIFIC_VERSION, "24.08", "24.10").brief()).isEqualTo("needs 24.08, has 24.10");
        assertThat(finding(DesiredState.NOT_PRESENT, "", "3.1").brief()).isEqualTo("should be absent, has 3.1");
        assertThat(finding(DesiredState.NOT_PRESENT, "", null).brief()).isEqualTo("absent");
        assertThat(finding(DesiredState.LATEST, "", "24.9").brief()).isEqualTo("needs 24.10 (newest), has 24.9");
        assertThat(finding(DesiredState.LATEST, "", "24.10").brief()).isEqualTo("has 24.10, the newest");
        assertThat(finding(DesiredState.UPDATE_IF_FOUND, "", null).brief()).isEqualTo("not installed, nothing to update");
        assertThat(finding(DesiredState.ANY_VERSION, "", "").brief()).isEqualTo("version unknown");
        assertThat(finding(DesiredState.IGNORE, "", "1.0").brief()).isEqualTo("ignored");
    }
}
