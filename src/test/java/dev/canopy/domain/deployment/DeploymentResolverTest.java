package dev.canopy.domain.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentResolverTest {

    // Canopy MSP ─ Acme ─ Acme Berlin ─ Acme Berlin Lab
    //            └ Globex
    private static final UUID MSP = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID BERLIN = UUID.randomUUID();
    private static final UUID LAB = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(MSP, "Canopy MSP", ACME, "Acme", BERLIN, "Acme Berlin",
            LAB, "Acme Berlin Lab", GLOBEX, "Globex");
    private static final Function<UUID, String> NAME = NAMES::get;

    private static final UUID PC = UUID.randomUUID();
    private static final ComputerContext BERLIN_PC = new ComputerContext(PC, List.of(MSP, ACME, BERLIN), Set.of("VIP"), false);

    private static Resolution only(ComputerContext computer, List<Deployment> deployments, String software) {
        Map<String, Resolution> resolved = DeploymentResolver.resolve(computer, deployments);
        assertThat(resolved).containsKey(software);
        return resolved.get(software);
    }

    @Test
    void computerScopeBeatsTenantScope() {
        Deployment tenant = TestDeployments.of("7-Zip").latest().tenant(BERLIN).build();
        Deployment computer = TestDeployments.of("7-Zip").notPresent().computers(BERLIN, PC).build();
        Resolution r = only(BERLIN_PC, List.of(tenant, computer), "7-Zip");
        assertThat(r.winner()).isEqualTo(computer);
        assertThat(r.beaten()).singleElement().satisfies(b -> {
            assertThat(b.deployment()).isEqualTo(tenant);
            assertThat(b.reason()).isEqualTo(Beaten.Reason.SCOPE);
            assertThat(b.explain(NAME)).isEqualTo("Computer scope beats Tenant scope");
        });
        assertThat(r.tied()).isFalse();
    }

    @Test
    void tenantScopeBeatsTagScopeWhichBeatsCrossTenant() {
        Deployment cross = TestDeployments.of("Chrome").latest().crossTenant(MSP).build();
        Deployment tag = TestDeployments.of("Chrome").state(DesiredState.AT_LEAST, "120").tag(ACME, "vip").build();
        Deployment tenant = TestDeployments.of("Chrome").state(DesiredState.ANY_VERSION, "").tenant(MSP).children().build();

        assertThat(only(BERLIN_PC, List.of(cross, tag), "Chrome").winner()).isEqualTo(tag);
        Resolution r = only(BERLIN_PC, List.of(cross, tag, tenant), "Chrome");
        assertThat(r.winner()).isEqualTo(tenant);
        assertThat(r.beaten()).extracting(Beaten::deployment).containsExactly(tag, cross);
        assertThat(r.beaten()).extracting(b -> b.explain(NAME))
                .containsExactly("Tenant scope beats Tag scope", "Tenant scope beats Cross-tenant scope");
    }

    @Test
    void amongTenantDeploymentsTheNearestTenantWins() {
        Deployment msp = TestDeployments.of("Office").latest().tenant(MSP).children().build();
        Deployment acme = TestDeployments.of("Office").state(DesiredState.AT_LEAST, "16.0.17928").tenant(ACME).children().build();
        Deployment berlin = TestDeployments.of("Office").state(DesiredState.SPECIFIC_VERSION, "16.0.18129").tenant(BERLIN).build();

        Resolution r = only(BERLIN_PC, List.of(msp, acme, berlin), "Office");
        assertThat(r.winner()).isEqualTo(berlin);
        assertThat(r.beaten()).extracting(b -> b.explain(NAME))
                .containsExactly("Acme Berlin is nearer than Acme", "Acme Berlin is nearer than Canopy MSP");

        // Without its own deployment, Berlin takes Acme's (nearer than the MSP's)
        assertThat(only(BERLIN_PC, List.of(msp, acme), "Office").winner()).isEqualTo(acme);
    }

    @Test
    void aTenantDeploymentReachesChildTenantsOnlyWhenItIncludesThem() {
        Deployment acmeOnly = TestDeployments.of("Zoom").latest().tenant(ACME).build();
        ComputerContext acmePc = new ComputerContext(UUID.randomUUID(), List.of(MSP, ACME), Set.of(), false);
        assertThat(DeploymentResolver.resolve(acmePc, List.of(acmeOnly))).containsKey("Zoom");
        assertThat(DeploymentResolver.resolve(BERLIN_PC, List.of(acmeOnly))).isEmpty();
    }

    @Test
    void tagDeploymentsReachTaggedComputersWithinTheOwnersSubtreeOnly() {
        Deployment acmeVip = TestDeployments.of("Zoom").latest().tag(ACME, "vip").build();
        Deployment globexVip = TestDeployments.of("Teams").latest().tag(GLOBEX, "VIP").build();
        Deployment labVip = TestDeployments.of("Slack").latest().tag(LAB, "vip").build();
        Deployment otherTag = TestDeployments.of("Webex").latest().tag(ACME, "kiosk").build();

        Map<String, Resolution> resolved = DeploymentResolver.resolve(BERLIN_PC, List.of(acmeVip, globexVip, labVip, otherTag));
        assertThat(resolved.keySet()).containsExactly("Zoom");

        ComputerContext untagged = new ComputerContext(PC, List.of(MSP, ACME, BERLIN), Set.of(), false);
        assertThat(DeploymentResolver.resolve(untagged, List.of(acmeVip))).isEmpty();
    }

    @Test
    void amongTagDeploymentsTheNearestOwnerWinsToo() {
        Deployment msp = TestDeployments.of("Zoom").latest().tag(MSP, "vip").build();
        Deployment berlin = TestDeployments.of("Zoom").state(DesiredState.IGNORE, "").tag(BERLIN, "vip").build();
        Resolution r = only(BERLIN_PC, List.of(msp, berlin), "Zoom");
        assertThat(r.winner()).isEqualTo(berlin);
        assertThat(r.beaten().get(0).explain(NAME)).isEqualTo("Acme Berlin is nearer than Canopy MSP");
    }

    @Test
    void crossTenantReachesEveryComputerUnlessItsTenantOptsOut() {
        Deployment cross = TestDeployments.of("Defender").latest().crossTenant(MSP).build();
        ComputerContext globexPc = ComputerContext.of(UUID.randomUUID(), List.of(MSP, GLOBEX), List.of(), Set.of(ACME)::contains);
        ComputerContext acmePc = ComputerContext.of(UUID.randomUUID(), List.of(MSP, ACME), List.of(), Set.of(ACME)::contains);

        assertThat(DeploymentResolver.resolve(globexPc, List.of(cross))).containsKey("Defender");
        assertThat(acmePc.excludedFromCrossTenant()).isTrue();
        assertThat(DeploymentResolver.resolve(acmePc, List.of(cross))).isEmpty();
        // Opting out drops only cross-tenant deployments
        Deployment own = TestDeployments.of("Defender").latest().tenant(ACME).build();
        assertThat(only(acmePc, List.of(cross, own), "Defender").beaten()).isEmpty();
    }

    @Test
    void disabledAndDeletedDeploymentsAreIgnored() {
        Deployment general = TestDeployments.of("Zoom").latest().tenant(ACME).children().build();
        Deployment disabled = TestDeployments.of("Zoom").notPresent().computers(BERLIN, PC).disabled().build();
        Deployment deleted = TestDeployments.of("Zoom").notPresent().tenant(BERLIN).deleted().build();
        Resolution r = only(BERLIN_PC, List.of(general, disabled, deleted), "Zoom");
        assertThat(r.winner()).isEqualTo(general);
        assertThat(r.beaten()).isEmpty();
        assertThat(DeploymentResolver.resolve(BERLIN_PC, List.of(disabled, deleted))).isEmpty();
    }

    @Test
    void aMoreSpecificNotPresentOrIgnoreIsAnException() {
        Deployment cross = TestDeployments.of("Zoom").latest().crossTenant(MSP).build();
        Deployment notForAcme = DeploymentRules.exceptionFor(cross, ExceptionTarget.tenant(ACME), DesiredState.NOT_PRESENT,
                UUID.randomUUID(), cross.meta());
        ComputerContext globexPc = new ComputerContext(UUID.randomUUID(), List.of(MSP, GLOBEX), Set.of(), false);
        List<Deployment> all = List.of(cross, notForAcme);

        assertThat(only(BERLIN_PC, all, "Zoom").winner()).isEqualTo(notForAcme);
        assertThat(only(globexPc, all, "Zoom").winner()).isEqualTo(cross);

        // ... and a computer can be exempted from that exception again
        Deployment ignoreHere = DeploymentRules.exceptionFor(notForAcme, ExceptionTarget.computer(PC, BERLIN), DesiredState.IGNORE,
                UUID.randomUUID(), cross.meta());
        Resolution r = only(BERLIN_PC, List.of(cross, notForAcme, ignoreHere), "Zoom");
        assertThat(r.winner()).isEqualTo(ignoreHere);
        assertThat(r.beaten()).extracting(Beaten::deployment).containsExactly(notForAcme, cross);
    }

    @Test
    void tiesGoToTheNewerEditThenTheSmallerIdAndAreReported() {
        UUID small = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID large = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        Deployment older = TestDeployments.of("Zoom").latest().tenant(BERLIN).id(small).build();
        Deployment newer = TestDeployments.of("Zoom").notPresent().tenant(BERLIN).id(large)
                .updatedAt(TestDeployments.T0.plusSeconds(60)).build();

        Resolution r = only(BERLIN_PC, List.of(older, newer), "Zoom");
        assertThat(r.winner()).isEqualTo(newer);
        assertThat(r.tied()).isTrue();
        assertThat(r.beaten().get(0).reason()).isEqualTo(Beaten.Reason.NEWER);
        assertThat(r.beaten().get(0).explain(NAME))
                .startsWith("Tie at Tenant scope in Acme Berlin: the more recently updated one wins (2025-03-01T09:01:00Z by alice");

        Deployment sameTime = TestDeployments.of("Zoom").notPresent().tenant(BERLIN).id(large).build();
        for (List<Deployment> order : List.of(List.of(older, sameTime), List.of(sameTime, older))) {
            Resolution byId = only(BERLIN_PC, order, "Zoom");
            assertThat(byId.winner()).isEqualTo(older);
            assertThat(byId.beaten().get(0).reason()).isEqualTo(Beaten.Reason.ID);
            assertThat(byId.beaten().get(0).explain(NAME)).contains("broken by id (" + small + " before " + large + ")");
        }
    }

    @Test
    void softwareMatchesIgnoringCaseAndIsKeyedAsTheWinnerSpellsIt() {
        Deployment lower = TestDeployments.of("7-zip").latest().crossTenant(MSP).build();
        Deployment upper = TestDeployments.of("7-Zip").notPresent().tenant(BERLIN).build();
        Deployment other = TestDeployments.of("Zoom").latest().tenant(BERLIN).build();
        Map<String, Resolution> resolved = DeploymentResolver.resolve(BERLIN_PC, List.of(lower, upper, other));
        assertThat(resolved.keySet()).containsExactly("7-Zip", "Zoom");
        assertThat(resolved.get("7-ZIP").winner()).isEqualTo(upper);
        assertThat(DeploymentResolver.resolve(BERLIN_PC, DeploymentIndex.of(List.of(lower, upper, other)), " 7-ZIP"))
                .hasValueSatisfying(r -> assertThat(r.beaten()).extracting(Beaten::deployment).containsExactly(lower));
    }

    @Test
    void oneIndexServesManyComputers() {
        Deployment cross = TestDeployments.of("Defender").latest().crossTenant(MSP).build();
        Deployment acme = TestDeployments.of("Zoom").latest().tenant(ACME).children().build();
        Deployment vip = TestDeployments.of("Slack").latest().tag(MSP, "vip").build();
        List<Deployment> all = List.of(cross, acme, vip);
        DeploymentIndex index = DeploymentIndex.of(all);
        assertThat(index.size()).isEqualTo(3);
        List<ComputerContext> computers = List.of(BERLIN_PC,
                new ComputerContext(UUID.randomUUID(), List.of(MSP, GLOBEX), Set.of("vip"), false),
                new ComputerContext(UUID.randomUUID(), List.of(MSP, ACME, BERLIN, LAB), Set.of(), true));
        for (ComputerContext computer : computers) {
            assertThat(DeploymentResolver.resolve(computer, index)).isEqualTo(DeploymentResolver.resolve(computer, all));
        }
        assertThat(DeploymentResolver.resolve(computers.get(1), index).keySet()).containsExactly("Defender", "Slack");
        assertThat(DeploymentResolver.resolve(computers.get(2), index).keySet()).containsExactly("Zoom");
    }

    @Test
    void whyListsTheWinnerAndEveryDeploymentItBeatWithTheReason() {
        Deployment cross = TestDeployments.of("Office").latest().crossTenant(MSP).build();
        Deployment acme = TestDeployments.of("Office").state(DesiredState.AT_LEAST, "16.0.17928").tenant(ACME).children().build();
        Deployment berlin = TestDeployments.of("Office").state(DesiredState.SPECIFIC_VERSION, "16.0.18129").tenant(BERLIN).build();
        Deployment vip = TestDeployments.of("Office").notPresent().tag(ACME, "vip").build();

        String why = only(BERLIN_PC, List.of(cross, acme, berlin, vip), "Office").why(NAME);
        assertThat(why.lines()).containsExactly(
                "Office: Specific version 16.0.18129, Tenant scope of Acme Berlin — wins.",
                "  Beats At least 16.0.17928, Tenant scope of Acme and its child tenants: Acme Berlin is nearer than Acme.",
                "  Beats Not present, Tag scope for computers tagged \"vip\" in Acme: Tenant scope beats Tag scope.",
                "  Beats Latest, Cross-tenant scope from Canopy MSP: Tenant scope beats Cross-tenant scope.");

        String alone = only(BERLIN_PC, List.of(cross), "Office").why(id -> null);
        assertThat(alone).contains("Latest, Cross-tenant scope from an unknown tenant (" + MSP + ")")
                .contains("No other deployment of Office reaches this computer.");
    }

    @Test
    void aTenantsDeploymentsTabShowsOwnInheritedAndCrossTenantDeployments() {
        Deployment cross = TestDeployments.of("Defender").latest().crossTenant(MSP).build();
        Deployment mspOnly = TestDeployments.of("Huntress").latest().tenant(MSP).build();
        Deployment mspTree = TestDeployments.of("Chrome").latest().tenant(MSP).children().build();
        Deployment acmeTree = TestDeployments.of("Zoom").latest().tenant(ACME).children().build();
        Deployment acmeVip = TestDeployments.of("Slack").latest().tag(ACME, "vip").build();
        Deployment acmeListed = TestDeployments.of("Visio").latest().computers(ACME, UUID.randomUUID()).build();
        Deployment own = TestDeployments.of("Acrobat").latest().tenant(BERLIN).disabled().build();
        Deployment ownDeleted = TestDeployments.of("Teams").latest().tenant(BERLIN).deleted().build();
        Deployment globex = TestDeployments.of("Office").latest().tenant(GLOBEX).children().build();
        Deployment labs = TestDeployments.of("Matlab").latest().tenant(LAB).build();
        List<Deployment> all = List.of(cross, mspOnly, mspTree, acmeTree, acmeVip, acmeListed, own, ownDeleted, globex, labs);

        List<ReachingDeployment> rows = DeploymentResolver.reaching(BERLIN, List.of(MSP, ACME, BERLIN), all, false);
        assertThat(rows).extracting(ReachingDeployment::deployment)
                .containsExactly(own, acmeVip, acmeTree, mspTree, cross);
        assertThat(rows).extracting(ReachingDeployment::origin)
                .containsExactly(Origin.OWN, Origin.INHERITED, Origin.INHERITED, Origin.INHERITED, Origin.CROSS_TENANT);
        assertThat(rows).extracting(ReachingDeployment::sourceTenantId).containsExactly(BERLIN, ACME, ACME, MSP, MSP);

        assertThat(DeploymentResolver.reaching(BERLIN, List.of(MSP, ACME, BERLIN), all, true))
                .extracting(ReachingDeployment::origin).doesNotContain(Origin.CROSS_TENANT);
        // The MSP owns its cross-tenant deployments; opting out does not hide them there
        assertThat(DeploymentResolver.reaching(MSP, List.of(MSP), all, true))
                .extracting(ReachingDeployment::deployment).containsExactly(mspTree, cross, mspOnly);
    }
}
