package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.DesiredState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "why" panel without a window: for a computer of the selected tenant, each software's winner
 * and every deployment it beat, with the reason; tags typed for "any computer" against a real
 * computer's own.
 */
class WhyViewModelTest extends DeploymentsFixture {

    private static final List<String> CROSS_TENANT_WINS_ALONE = List.of(
            "7-Zip: Latest, Cross-tenant scope from Northwind — wins.",
            "No other deployment of 7-Zip reaches this computer.");
    private static final List<String> KIOSK_TAG_WINS = List.of(
            "7-Zip: Not present, Tag scope for computers tagged \"kiosk\" in Acme — wins.",
            "Beats Latest, Cross-tenant scope from Northwind: Tag scope beats Cross-tenant scope.");

    private void choose(String computer) {
        why.chosenProperty().set(why.computers().stream().filter(c -> c.name().equals(computer)).findFirst().orElseThrow());
    }

    @Test
    void offersAnyComputerOfTheTenantFirstThenItsRealComputersAndExplainsEachSoftwareInNameOrder() {
        openOn("Acme Berlin");
        assertThat(why.computers()).extracting(WhyComputer::name).containsExactly("Any computer of Acme Berlin", "BER-KIOSK-01", "BER-PC-02");
        assertThat(why.chosenProperty().get().hypothetical()).isTrue();
        assertThat(resolvedSoftware()).containsExactly("7-Zip", "Google Chrome");
        assertThat(whyOf("7-Zip")).isEqualTo(CROSS_TENANT_WINS_ALONE);
    }

    @Test
    void typedTagsCountForAnyComputerButARealComputerIsJudgedByItsOwnTags() {
        openOn("Acme Berlin");
        why.typedTagsProperty().set("office");
        assertThat(whyOf("7-Zip")).as("a typed tag no deployment targets").isEqualTo(CROSS_TENANT_WINS_ALONE);
        why.typedTagsProperty().set("finance, Kiosk");
        assertThat(whyOf("7-Zip")).as("one of the typed tags, in any case").isEqualTo(KIOSK_TAG_WINS);

        // a real computer: the typed "kiosk" no longer counts, its own "office" does
        choose("BER-PC-02");
        assertThat(whyOf("7-Zip")).isEqualTo(CROSS_TENANT_WINS_ALONE);
        // and the kiosk is judged by its own tag while "office" is typed
        why.typedTagsProperty().set("office");
        choose("BER-KIOSK-01");
        assertThat(whyOf("7-Zip")).isEqualTo(KIOSK_TAG_WINS);
        // back on any computer, the typed tags count again
        choose("Any computer of Acme Berlin");
        assertThat(whyOf("7-Zip")).isEqualTo(CROSS_TENANT_WINS_ALONE);
    }

    @Test
    void anIgnoreExceptionWinsBecauseTheSubTenantIsNearerThanItsParent() {
        openOn("Acme Berlin");
        model.makeException(row("Google Chrome", "Inherited from Acme"), DesiredState.IGNORE, refusals::add);
        assertThat(whyOf("Google Chrome")).containsExactly(
                "Google Chrome: Ignore, Tenant scope of Acme Berlin and its child tenants — wins.",
                "Beats At least 120.0, Tenant scope of Acme and its child tenants: Acme Berlin is nearer than Acme.");
    }

    @Test
    void anExceptionHereBeatsTheCrossTenantDeploymentUntilItIsUndone() {
        openOn("Acme Berlin");
        model.makeException(row("7-Zip", "Cross-tenant"), DesiredState.NOT_PRESENT, refusals::add);
        assertThat(whyOf("7-Zip")).containsExactly(
                "7-Zip: Not present, Tenant scope of Acme Berlin and its child tenants — wins.",
                "Beats Latest, Cross-tenant scope from Northwind: Tenant scope beats Cross-tenant scope.");

        main.undo(refusals::add);
        assertThat(whyOf("7-Zip")).isEqualTo(CROSS_TENANT_WINS_ALONE);
        assertThat(refusals).isEmpty();
    }

    @Test
    void theChosenComputerStaysAcrossReloadsOfTheTenantAndAnotherTenantStartsOnAnyComputer() {
        openOn("Acme Berlin");
        choose("BER-KIOSK-01");
        model.makeException(row("Google Chrome", "Inherited from Acme"), DesiredState.IGNORE, refusals::add);
        assertThat(why.chosenProperty().get().name()).isEqualTo("BER-KIOSK-01");
        assertThat(whyOf("Google Chrome").get(0)).startsWith("Google Chrome: Ignore");

        show("Acme");
        assertThat(why.chosenProperty().get().name()).isEqualTo("Any computer of Acme");
        assertThat(why.computers()).extracting(WhyComputer::name).containsExactly("Any computer of Acme");
        assertThat(resolvedSoftware()).containsExactly("7-Zip", "Acme Tools", "Google Chrome");
    }

    @Test
    void noTenantShownExplainsNothing() {
        openOn("Acme Berlin");
        select(null);
        assertThat(why.computers()).isEmpty();
        assertThat(why.resolutions()).isEmpty();
    }
}
