package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentRulesTest {

    private static final UUID MSP = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final RecordMeta META = RecordMeta.created(TestDeployments.T0, "alice");

    @Test
    void softwareIsTrimmedAndMustHaveOneTo200Characters() {
        Deployment d = DeploymentRules.check(TestDeployments.of("  7-Zip ").tenant(ACME).build(), MSP);
        assertThat(d.software()).isEqualTo("7-Zip");
        assertThatThrownBy(() -> DeploymentRules.check(TestDeployments.of("  ").tenant(ACME).build(), MSP))
                .isInstanceOf(RuleViolation.class).hasMessage("Software is required.")
                .extracting("field").isEqualTo("software");
        assertThat(DeploymentRules.checkSoftware("x".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> DeploymentRules.checkSoftware("x".repeat(201)))
                .hasMessage("Software name is 201 characters; at most 200 are allowed.");
    }

    @Test
    void statesThatTakeAVersionNeedOneThatLooksLikeAVersion() {
        for (String ok : List.of("24.08", "16.0.17928", "34.0.R7", "7", " 1.2.3 ")) {
            Deployment d = TestDeployments.of("App").state(DesiredState.SPECIFIC_VERSION, ok).tenant(ACME).build();
            assertThat(DeploymentRules.check(d, MSP).version()).isEqualTo(ok.strip());
        }
        assertThatThrownBy(() -> DeploymentRules.checkVersion(DesiredState.AT_LEAST, " "))
                .hasMessage("At least needs a version, e.g. 24.08 or 16.0.17928.").extracting("field").isEqualTo("version");
        for (String bad : List.of("latest", "1..2", ".1", "1.", "1.2-beta", "v 2", "a.b")) {
            assertThatThrownBy(() -> DeploymentRules.checkVersion(DesiredState.SPECIFIC_VERSION, bad))
                    .as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessage("\"" + bad + "\" does not look like a version; use numbers or letters separated by dots, "
                            + "e.g. 24.08, 16.0.17928 or 34.0.R7.");
        }
    }

    @Test
    void aVersionForAStateThatTakesNoneIsRefusedAndAnEmptyOneIsFine() {
        assertThatThrownBy(() -> DeploymentRules.check(TestDeployments.of("App").state(DesiredState.LATEST, "1.2").tenant(ACME).build(), MSP))
                .hasMessage("Version is only used with Specific version or At least (got \"1.2\" for Latest).")
                .extracting("field").isEqualTo("version");
        assertThat(DeploymentRules.checkVersion(DesiredState.NOT_PRESENT, "  ")).isEmpty();
        assertThat(DesiredState.values()).filteredOn(DesiredState::takesVersion)
                .containsExactly(DesiredState.SPECIFIC_VERSION, DesiredState.AT_LEAST);
    }

    @Test
    void computerScopeNeedsComputersAndTagScopeATag() {
        assertThatThrownBy(() -> DeploymentRules.check(TestDeployments.of("App").computers(ACME).build(), MSP))
                .hasMessage("Choose at least one computer for a deployment with Computer scope.")
                .extracting("field").isEqualTo("computerIds");
        assertThatThrownBy(() -> DeploymentRules.check(TestDeployments.of("App").tag(ACME, "  ").build(), MSP))
                .hasMessage("Enter the tag of the computers this deployment is for.").extracting("field").isEqualTo("tag");
        assertThatThrownBy(() -> DeploymentRules.checkTag("vip,lab")).hasMessageContaining("contains a comma");
    }

    @Test
    void aTenantOwnsOneDeploymentPerSoftwareScopeAndTarget() {
        UUID pc1 = UUID.randomUUID();
        UUID pc2 = UUID.randomUUID();
        Deployment chrome = TestDeployments.of("Google Chrome").tenant(ACME).latest().build();
        Deployment laptops = TestDeployments.of("Google Chrome").tag(ACME, "laptops").build();
        Deployment pcs = TestDeployments.of("Google Chrome").computers(ACME, pc1, pc2).build();
        List<Deployment> owned = List.of(chrome, laptops, pcs);

        assertThatThrownBy(() -> DeploymentRules.checkNotDuplicate(TestDeployments.of("GOOGLE CHROME").tenant(ACME).notPresent().build(), owned, "Acme"))
                .hasMessage("Acme already has a deployment of Google Chrome at Tenant scope (Latest). Edit that one instead.")
                .extracting("field").isEqualTo("software");
        assertThatThrownBy(() -> DeploymentRules.checkNotDuplicate(TestDeployments.of("Google Chrome").tag(ACME, "Laptops").build(), owned, "Acme"))
                .hasMessageContaining("for tag \"laptops\"");
        assertThatThrownBy(() -> DeploymentRules.checkNotDuplicate(TestDeployments.of("Google Chrome").computers(ACME, pc2).build(), owned, "Acme"))
                .hasMessageContaining("for some of the same computers");

        // other targets, other software, and the deployment itself being edited are fine
        DeploymentRules.checkNotDuplicate(TestDeployments.of("Google Chrome").tag(ACME, "kiosk").build(), owned, "Acme");
        DeploymentRules.checkNotDuplicate(TestDeployments.of("Google Chrome").computers(ACME, UUID.randomUUID()).build(), owned, "Acme");
        DeploymentRules.checkNotDuplicate(TestDeployments.of("7-Zip").tenant(ACME).build(), owned, "Acme");
        DeploymentRules.checkNotDuplicate(chrome.withDesiredState(DesiredState.NOT_PRESENT, ""), owned, "Acme");
    }

    @Test
    void crossTenantDeploymentsBelongToTheMspTenant() {
        assertThatThrownBy(() -> DeploymentRules.check(TestDeployments.of("App").crossTenant(ACME).build(), MSP))
                .hasMessageStartingWith("Only the MSP tenant can own a cross-tenant deployment")
                .extracting("field").isEqualTo("scope");
        assertThat(DeploymentRules.check(TestDeployments.of("App").crossTenant(MSP).build(), MSP).scope())
                .isEqualTo(DeploymentScope.CROSS_TENANT);
    }

    @Test
    void normalisingClearsWhatTheScopeDoesNotUseAndDeduplicatesComputers() {
        UUID pc = UUID.randomUUID();
        Deployment listed = DeploymentRules.check(TestDeployments.of("App").computers(ACME, pc, pc).build(), MSP);
        assertThat(listed.computerIds()).containsExactly(pc);

        Deployment stale = new Deployment(UUID.randomUUID(), ACME, "App", DesiredState.LATEST, "", Enforcement.REQUIRED,
                DeploymentScope.TAG, true, List.of(pc), " vip ", DeploymentOrder.END, true, META);
        Deployment checked = DeploymentRules.check(stale, MSP);
        assertThat(checked.tag()).isEqualTo("vip");
        assertThat(checked.computerIds()).isEmpty();
        assertThat(checked.includeChildTenants()).isFalse();

        Deployment tenant = DeploymentRules.check(TestDeployments.of("App").tenant(ACME).children().build(), MSP);
        assertThat(tenant.includeChildTenants()).isTrue();
        assertThat(tenant.tag()).isEmpty();
    }

    @Test
    void anExceptionForATenantIsATenantDeploymentOfTheSameSoftware() {
        Deployment general = TestDeployments.of("Zoom").crossTenant(MSP).enforcement(Enforcement.ONBOARDING).build();
        UUID id = UUID.randomUUID();
        Deployment exception = DeploymentRules.exceptionFor(general, ExceptionTarget.tenant(ACME), DesiredState.NOT_PRESENT, id, META);
        assertThat(exception.id()).isEqualTo(id);
        assertThat(exception.software()).isEqualTo("Zoom");
        assertThat(exception.scope()).isEqualTo(DeploymentScope.TENANT);
        assertThat(exception.ownerTenantId()).isEqualTo(ACME);
        assertThat(exception.includeChildTenants()).isTrue();
        assertThat(exception.desiredState()).isEqualTo(DesiredState.NOT_PRESENT);
        assertThat(exception.version()).isEmpty();
        assertThat(exception.enforcement()).isEqualTo(Enforcement.ONBOARDING);
        assertThat(exception.enabled()).isTrue();
        assertThat(DeploymentRules.check(exception, MSP)).isEqualTo(exception);
    }

    @Test
    void anExceptionForAComputerListsItAndBelongsToItsTenant() {
        UUID pc = UUID.randomUUID();
        Deployment general = TestDeployments.of("Zoom").tenant(MSP).children().build();
        Deployment exception = DeploymentRules.exceptionFor(general, ExceptionTarget.computer(pc, ACME), DesiredState.IGNORE,
                UUID.randomUUID(), META);
        assertThat(exception.scope()).isEqualTo(DeploymentScope.COMPUTER);
        assertThat(exception.computerIds()).containsExactly(pc);
        assertThat(exception.ownerTenantId()).isEqualTo(ACME);
        assertThat(exception.desiredState()).isEqualTo(DesiredState.IGNORE);
    }

    @Test
    void exceptionsThatCouldNotWinAreRefused() {
        UUID pc = UUID.randomUUID();
        Deployment tenantWide = TestDeployments.of("Zoom").tenant(ACME).children().build();
        assertThatThrownBy(() -> DeploymentRules.exceptionFor(tenantWide, ExceptionTarget.tenant(ACME), DesiredState.NOT_PRESENT,
                UUID.randomUUID(), META)).hasMessageContaining("belongs to that tenant");
        Deployment ownOnly = TestDeployments.of("Zoom").tenant(ACME).build();
        assertThatThrownBy(() -> DeploymentRules.exceptionFor(ownOnly, ExceptionTarget.tenant(UUID.randomUUID()),
                DesiredState.NOT_PRESENT, UUID.randomUUID(), META)).hasMessageContaining("reaches only its own tenant");
        Deployment listed = TestDeployments.of("Zoom").computers(ACME, pc).build();
        assertThatThrownBy(() -> DeploymentRules.exceptionFor(listed, ExceptionTarget.computer(pc, ACME), DesiredState.IGNORE,
                UUID.randomUUID(), META)).hasMessageContaining("take the computer off that list");
        assertThatThrownBy(() -> DeploymentRules.exceptionFor(tenantWide, ExceptionTarget.computer(pc, ACME), DesiredState.LATEST,
                UUID.randomUUID(), META)).hasMessage("An exception is Not present or Ignore (got Latest).")
                .extracting("field").isEqualTo("desiredState");
    }
}
