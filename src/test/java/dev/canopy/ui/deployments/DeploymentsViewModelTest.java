package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Origin;
import dev.canopy.domain.deployment.ReachingDeployment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Deployments tab's rules and texts without a window: what reaches a tenant and from where, the
 * dialog's checks field by field, and edits, exceptions and their refusals as undoable commands.
 */
class DeploymentsViewModelTest extends DeploymentsFixture {

    private static final List<String> CROSS_TENANT_7ZIP = List.of("7-Zip", "Latest", "Required", "Cross-tenant", "Unordered", "Yes", "Cross-tenant");

    @Test
    void theMspsCrossTenantDeploymentReachesAClientAsCrossTenantAndReadOnly() {
        openOn("Globex");
        assertThat(lines()).containsExactly(CROSS_TENANT_7ZIP);
        ReachingDeployment row = row("7-Zip", "Cross-tenant");
        assertThat(row.origin()).isEqualTo(Origin.CROSS_TENANT);
        assertThat(model.hint(row)).isEqualTo("7-Zip is a cross-tenant deployment of Northwind: edit it there, or make an exception here.");
        assertThat(model.hint(null)).isEmpty();
    }

    @Test
    void aClientThatOptsOutGetsNoCrossTenantDeploymentAndTheHintSaysWhy() {
        openOn("Globex");
        show("Contoso");
        assertThat(lines()).isEmpty();
        assertThat(model.snapshotProperty().get().optsOutOfCrossTenant()).isTrue();
        assertThat(model.hint(null)).isEqualTo("Contoso opts out of cross-tenant deployments (preference "
                + "\"Exclude from cross-tenant deployments\"), so none are listed here.");
    }

    @Test
    void onTheMspItsCrossTenantDeploymentIsItsOwn() {
        openOn("Northwind");
        assertThat(lines()).containsExactly(List.of("7-Zip", "Latest", "Required", "Cross-tenant", "Unordered", "Yes", "Own"));
        assertThat(model.hint(row("7-Zip", "Own"))).isEmpty();
    }

    @Test
    void aSubTenantSeesItsParentsDeploymentsForChildTenantsAsInheritedNearestFirst() {
        openOn("Acme Berlin");
        // "Acme Tools" reaches Acme's own computers only
        assertThat(lines()).containsExactly(
                List.of("7-Zip", "Not present", "Required", "Tag: kiosk", "Unordered", "Yes", "Inherited from Acme"),
                List.of("Google Chrome", "At least 120.0", "Required", "Tenant + children", "Unordered", "Yes", "Inherited from Acme"),
                CROSS_TENANT_7ZIP);
        assertThat(model.hint(row("Google Chrome", "Inherited from Acme")))
                .isEqualTo("Google Chrome is inherited from Acme: edit it there, or make an exception here.");
    }

    @Test
    void aHiddenTabReadsNothingUntilItIsShownAgain() {
        openOn("Acme");
        model.showingProperty().set(false);
        show("Globex");
        assertThat(model.snapshotProperty().get().tenantId()).as("still Acme's").isEqualTo(seed.acme);
        model.showingProperty().set(true);
        assertThat(model.snapshotProperty().get().tenantId()).isEqualTo(seed.globex);
        assertThat(lines()).containsExactly(CROSS_TENANT_7ZIP);
    }

    @Test
    void aNewDeploymentIsCheckedFieldByFieldAndSavedAsOneUndoableStep() {
        openOn("Acme");
        DeploymentForm form = model.newForm();
        assertThat(form.title()).isEqualTo("New deployment");
        assertThat(form.header()).isEqualTo("New deployment in Acme");
        assertThat(form.problemAt("software")).isEqualTo("Software is required.");
        assertThat(form.validProperty().get()).isFalse();

        form.softwareProperty().set("Mozilla Firefox");
        form.stateProperty().set(DesiredState.AT_LEAST);
        assertThat(form.problemAt("software")).isEmpty();
        assertThat(form.problemAt("version")).isEqualTo("At least needs a version, e.g. 24.08 or 16.0.17928.");
        assertThat(form.validProperty().get()).isFalse();
        form.versionProperty().set("128.0");
        form.includeChildrenProperty().set(true);
        assertThat(form.problemsProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();

        Deployment saved = form.toSave().orElseThrow();
        model.save(saved, refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(lines()).contains(List.of("Mozilla Firefox", "At least 128.0", "Required", "Tenant + children", "Unordered", "Yes", "Own"));
        assertThat(model.focusedDeploymentProperty().get()).as("the table selects the new one").isEqualTo(saved.id());
        assertThat(storedOf(seed.acme)).filteredOn(d -> d.software().equals("Mozilla Firefox")).singleElement().satisfies(d -> {
            assertThat(d.ownerTenantId()).isEqualTo(seed.acme);
            assertThat(d.scope()).isEqualTo(DeploymentScope.TENANT);
            assertThat(d.includeChildTenants()).isTrue();
            assertThat(d.desiredState()).isEqualTo(DesiredState.AT_LEAST);
            assertThat(d.version()).isEqualTo("128.0");
            assertThat(d.enabled()).isTrue();
        });
        assertThat(undoText()).isEqualTo("Undo creation of deployment of Mozilla Firefox");
    }

    @Test
    void aVersionForLatestIsRefusedAtTheVersionFieldAndCrossTenantScopeAtTheScopeField() {
        openOn("Acme");
        DeploymentForm form = model.newForm();
        form.softwareProperty().set("Mozilla Firefox");
        assertThat(form.validProperty().get()).isTrue();
        form.versionProperty().set("128.0");
        assertThat(form.problemAt("version")).isEqualTo("Version is only used with Specific version or At least (got \"128.0\" for Latest).");
        assertThat(form.problemAt("software")).isEmpty();
        assertThat(form.validProperty().get()).isFalse();

        // cross-tenant scope is the MSP's alone; the version's message stays too
        form.scopeProperty().set(DeploymentScope.CROSS_TENANT);
        assertThat(form.problemAt("scope")).isEqualTo("Only the MSP tenant can own a cross-tenant deployment; "
                + "create it there, or choose Tenant scope with child tenants included.");
        assertThat(form.problemAt("version")).startsWith("Version is only used with");
    }

    @Test
    void aTagDeploymentNeedsItsTag() {
        openOn("Acme");
        DeploymentForm form = model.newForm();
        form.softwareProperty().set("Kiosk Browser");
        form.scopeProperty().set(DeploymentScope.TAG);
        assertThat(form.problemAt("tag")).isEqualTo("Enter the tag of the computers this deployment is for.");
        form.tagProperty().set("kiosk, lobby");
        assertThat(form.problemAt("tag")).isEqualTo("Tag \"kiosk, lobby\" contains a comma; a deployment targets one tag.");
        form.tagProperty().set("kiosk");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aSecondTenantDeploymentOfTheSameSoftwareIsRefusedAtTheSoftwareFieldButOneForATagIsAllowed() {
        openOn("Acme");
        DeploymentForm form = model.newForm();
        form.softwareProperty().set("google chrome");
        assertThat(form.problemAt("software"))
                .isEqualTo("Acme already has a deployment of Google Chrome at Tenant scope (At least). Edit that one instead.");
        assertThat(form.validProperty().get()).isFalse();

        // the same software for a tag is how an exception is made
        form.scopeProperty().set(DeploymentScope.TAG);
        form.tagProperty().set("kiosk");
        assertThat(form.problemAt("software")).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        model.save(form.toSave().orElseThrow(), refusals::add);
        assertThat(storedOf(seed.acme)).filteredOn(d -> d.software().equalsIgnoreCase("Google Chrome")).hasSize(2);
    }

    @Test
    void computerScopeOffersTheTenantsComputersAndNeedsOneOfThem() {
        openOn("Acme Berlin");
        DeploymentForm form = model.newForm();
        assertThat(form.computers()).extracting(WhyComputer::name).containsExactly("BER-KIOSK-01", "BER-PC-02");
        form.softwareProperty().set("Kiosk Browser");
        form.scopeProperty().set(DeploymentScope.COMPUTER);
        assertThat(form.problemAt("computerIds")).isEqualTo("Choose at least one computer for a deployment with Computer scope.");
        assertThat(form.validProperty().get()).isFalse();
        form.computerChosenProperty(seed.kiosk).set(true);
        assertThat(form.validProperty().get()).isTrue();

        model.save(form.toSave().orElseThrow(), refusals::add);
        assertThat(storedOf(seed.berlin)).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo(DeploymentScope.COMPUTER);
            assertThat(d.computerIds()).containsExactly(seed.kiosk);
        });
        assertThat(lines().get(0)).containsSubsequence("Kiosk Browser", "1 computer", "Own");
    }

    @Test
    void anEditSavesTheChangeAndAnUnchangedEditSavesNothing() {
        openOn("Acme");
        DeploymentForm form = model.editForm(row("Acme Tools", "Own").deployment());
        assertThat(form.title()).isEqualTo("Edit deployment");
        assertThat(form.header()).isEqualTo("Edit the deployment of Acme Tools in Acme");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.problemAt("software")).as("not a duplicate of itself").isEmpty();
        assertThat(form.toSave()).as("the store would refuse \"nothing to save\"").isEmpty();

        form.stateProperty().set(DesiredState.SPECIFIC_VERSION);
        assertThat(form.validProperty().get()).isFalse();
        form.versionProperty().set("2.1");
        model.save(form.toSave().orElseThrow(), refusals::add);
        assertThat(storedOf(seed.acme)).filteredOn(d -> d.id().equals(seed.acmeTools)).singleElement()
                .satisfies(d -> assertThat(d.version()).isEqualTo("2.1"));
        assertThat(lines()).contains(List.of("Acme Tools", "Specific version 2.1", "Required", "Tenant", "Unordered", "Yes", "Own"));
    }

    @Test
    void deletingAsksWithWhatTheDeploymentIsAndUndoBringsItBack() {
        openOn("Acme");
        Deployment tools = row("Acme Tools", "Own").deployment();
        assertThat(model.deleteQuestion(tools))
                .isEqualTo("Delete the deployment of Acme Tools (Any version, Tenant) from Acme? You can undo this with Ctrl+Z.");
        model.delete(tools, refusals::add);
        assertThat(storedOf(seed.acme)).extracting(Deployment::id).doesNotContain(seed.acmeTools);
        assertThat(lines()).extracting(l -> l.get(0)).doesNotContain("Acme Tools");

        main.undo(refusals::add);
        assertThat(lines()).extracting(l -> l.get(0)).contains("Acme Tools");
        assertThat(refusals).isEmpty();
    }

    @Test
    void anExceptionHereCoversTheTenantAndItsChildrenAndUndoRemovesIt() {
        openOn("Acme Berlin");
        model.makeException(row("7-Zip", "Cross-tenant"), DesiredState.NOT_PRESENT, refusals::add);

        assertThat(refusals).isEmpty();
        Deployment exception = storedOf(seed.berlin).get(0);
        assertThat(storedOf(seed.berlin)).singleElement().satisfies(d -> {
            assertThat(d.software()).isEqualTo("7-Zip");
            assertThat(d.desiredState()).isEqualTo(DesiredState.NOT_PRESENT);
            assertThat(d.scope()).isEqualTo(DeploymentScope.TENANT);
            assertThat(d.includeChildTenants()).isTrue();
        });
        assertThat(lines().get(0)).isEqualTo(List.of("7-Zip", "Not present", "Required", "Tenant + children", "Unordered", "Yes", "Own"));
        assertThat(model.focusedDeploymentProperty().get()).as("the table selects the exception").isEqualTo(exception.id());
        assertThat(undoText()).isEqualTo("Undo creation of deployment of 7-Zip");

        main.undo(refusals::add);
        assertThat(storedOf(seed.berlin)).isEmpty();
        assertThat(lines()).extracting(l -> l.get(6)).doesNotContain("Own");
    }

    @Test
    void aSecondExceptionForTheSameSoftwareIsRefusedWithTheReason() {
        openOn("Acme Berlin");
        model.makeException(row("7-Zip", "Cross-tenant"), DesiredState.NOT_PRESENT, refusals::add);
        model.makeException(row("7-Zip", "Inherited from Acme"), DesiredState.IGNORE, refusals::add);

        assertThat(refusals).singleElement().satisfies(e -> assertThat(e)
                .hasMessage("Acme Berlin already has its own deployment of 7-Zip (Not present); edit that one instead."));
        assertThat(storedOf(seed.berlin)).hasSize(1);
    }
}
