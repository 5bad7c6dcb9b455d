package dev.canopy.domain;

import dev.canopy.domain.RuleViolation.Kind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a valid integration mapping is, and the messages a technician gets for one that is not. */
class IntegrationMappingRulesTest {

    private static RuleViolation refusal(ThrowingCallable rule) {
        return catchThrowableOfType(rule, RuleViolation.class);
    }

    private static Tenant tenant(String name, boolean deleted, ExternalRef... refs) {
        return new Tenant(UUID.randomUUID(), name, name.toLowerCase(), TenantKind.CLIENT, UUID.randomUUID(), "", "", List.of(), true,
                List.of(refs), new RecordMeta(0, Instant.EPOCH, "test", deleted));
    }

    @Test
    void sourceAndExternalIdAreTrimmedRequiredAndFitTheirColumns() {
        assertThat(IntegrationMappingRules.check("  autotask ", " 4711\t")).isEqualTo(new ExternalRef("autotask", "4711"));
        assertThat(refusal(() -> IntegrationMappingRules.check(" ", "4711"))).hasMessage("Source is required.")
                .satisfies(v -> assertThat(v.is("externalRefs", Kind.REQUIRED)).isTrue());
        assertThat(refusal(() -> IntegrationMappingRules.check("autotask", null))).hasMessage("External id is required.");
        assertThat(IntegrationMappingRules.check("s".repeat(40), "i".repeat(200)).externalId()).hasSize(200);
        assertThat(refusal(() -> IntegrationMappingRules.check("s".repeat(41), "4711")))
                .hasMessage("Source " + "s".repeat(37) + "… is 41 characters; at most 40 are allowed.")
                .satisfies(v -> assertThat(v.kind()).isEqualTo(Kind.TOO_LONG));
        assertThat(refusal(() -> IntegrationMappingRules.check("autotask", "i".repeat(201))))
                .hasMessageStartingWith("External id iii").hasMessageEndingWith(" is 201 characters; at most 200 are allowed.");
        assertThat(refusal(() -> IntegrationMappingRules.check("autotask", "47\n11")))
                .hasMessage("External id 47 11 contains a line break or another control character.");
    }

    @Test
    void aTenantHasOneMappingPerSourceIgnoringCaseKeptInSourceOrder() {
        assertThat(IntegrationMappingRules.checkAll(List.of(new ExternalRef("ninjaone", "12"), new ExternalRef(" Autotask", "4711"))))
                .containsExactly(new ExternalRef("Autotask", "4711"), new ExternalRef("ninjaone", "12"));
        assertThat(refusal(() -> IntegrationMappingRules.checkAll(List.of(new ExternalRef("autotask", "4711"), new ExternalRef("AutoTask", "12")))))
                .hasMessage("Source autotask is listed twice (external ids 4711 and 12); there is one mapping per source.")
                .satisfies(v -> assertThat(v.is("externalRefs", Kind.TAKEN)).isTrue());
    }

    @Test
    void anExternalIdOfOneSourceBelongsToOneLiveTenant() {
        Tenant berlin = tenant("Acme Berlin", false, new ExternalRef("autotask", "4711"));
        Tenant gone = tenant("Old Acme", true, new ExternalRef("autotask", "4711"));
        ExternalRef wanted = new ExternalRef("AUTOTASK", "4711");
        assertThat(IntegrationMappingRules.takenBy(wanted, UUID.randomUUID(), List.of(gone, berlin))).get()
                .satisfies(v -> assertThat(v.is("externalRefs", Kind.TAKEN)).isTrue())
                .extracting(RuleViolation::getMessage).isEqualTo("External id 4711 is already used by Acme Berlin for AUTOTASK.");
        assertThat(IntegrationMappingRules.takenBy(wanted, berlin.id(), List.of(berlin))).as("its own mapping").isEmpty();
        assertThat(IntegrationMappingRules.takenBy(wanted, UUID.randomUUID(), List.of(gone))).as("a deleted tenant's").isEmpty();
        assertThat(IntegrationMappingRules.takenBy(new ExternalRef("autotask", "4711a"), UUID.randomUUID(), List.of(berlin)))
                .as("external ids compare exactly").isEmpty();
    }

    @Test
    void onlyNewSourcesAndChangedIdsNeedLookingUp() {
        List<ExternalRef> before = List.of(new ExternalRef("autotask", "4711"), new ExternalRef("atera", "9"));
        List<ExternalRef> after = List.of(new ExternalRef("Autotask", "4711"), new ExternalRef("atera", "10"), new ExternalRef("ninjaone", "3"));
        assertThat(IntegrationMappingRules.addedOrChanged(before, after))
                .containsExactly(new ExternalRef("atera", "10"), new ExternalRef("ninjaone", "3"));
    }
}
