package dev.canopy.domain;

import dev.canopy.domain.RuleViolation.Kind;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantRules;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TenantRulesTest {

    private static final UUID MSP = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();
    private static final UUID BERLIN = UUID.randomUUID();
    private static final UUID GLOBEX = UUID.randomUUID();
    private static final UUID GLOBEX_BERLIN = UUID.randomUUID();
    private static final String ACME_TAKEN = "\"Northwind\" already has a tenant named \"Acme\".";

    private final TenantHierarchy hierarchy = new TenantHierarchy(List.of(
            new TenantNode(MSP, null, "Northwind", TenantKind.MSP, "", 0),
            new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "", 0),
            new TenantNode(BERLIN, ACME, "Berlin", TenantKind.SUB, "", 0),
            new TenantNode(GLOBEX, MSP, "Globex", TenantKind.CLIENT, "", 0),
            new TenantNode(GLOBEX_BERLIN, GLOBEX, "berlin", TenantKind.SUB, "", 0)));

    private static RuleViolation refusal(ThrowingCallable rule) {
        return catchThrowableOfType(rule, RuleViolation.class);
    }

    @Test
    void namesAreTrimmedAndMustHaveOneTo120Characters() {
        assertThat(TenantRules.checkName("  Acme Dental  ")).isEqualTo("Acme Dental");
        assertThat(refusal(() -> TenantRules.checkName("   "))).hasMessage("Name is required.")
                .satisfies(v -> assertThat(v.is("name", Kind.REQUIRED)).isTrue());
        assertThat(TenantRules.checkName("x".repeat(120))).hasSize(120);
        assertThat(refusal(() -> TenantRules.checkName("x".repeat(121)))).hasMessage("Name is 121 characters; at most 120 are allowed.")
                .satisfies(v -> assertThat(v.is("name", Kind.TOO_LONG)).isTrue());
    }

    @Test
    void aSiblingsNameIsTakenIgnoringCaseButATenantKeepsItsOwnAndCousinsMayShareOne() {
        RuleViolation taken = refusal(() -> TenantRules.checkName(" acme ", GLOBEX, MSP, hierarchy));
        assertThat(taken).hasMessage(ACME_TAKEN);
        assertThat(taken.field()).isEqualTo("name");
        assertThat(taken.kind()).isEqualTo(Kind.TAKEN);
        assertThat(refusal(() -> TenantRules.checkName("ACME", null, MSP, hierarchy))).as("a new tenant").hasMessage(ACME_TAKEN);

        assertThat(TenantRules.checkName("ACME ", ACME, MSP, hierarchy)).as("its own name in other case").isEqualTo("ACME");
        assertThat(TenantRules.checkName("Berlin", GLOBEX_BERLIN, GLOBEX, hierarchy)).as("under another parent").isEqualTo("Berlin");
        assertThat(TenantRules.checkName("Acme", MSP, null, hierarchy)).as("the root has no siblings").isEqualTo("Acme");
        assertThat(refusal(() -> TenantRules.checkName("", ACME, MSP, hierarchy)).kind()).isEqualTo(Kind.REQUIRED);
    }

    @Test
    void theStoreTheTreeAndAMoveRefuseASiblingsNameWithTheSameMessage() {
        RecordMeta meta = RecordMeta.created(Instant.EPOCH, "test");
        Tenant acme = new Tenant(ACME, "Acme", "acme", TenantKind.CLIENT, MSP, "", "", List.of(), true, List.of(), meta);
        RuleViolation byTheStore = refusal(() -> TenantRules.checkUniqueAmongSiblings("ACME", GLOBEX, List.of(acme), "Northwind"));
        RuleViolation byTheTree = refusal(() -> TenantRules.checkName("ACME", GLOBEX, MSP, hierarchy));
        assertThat(byTheStore).hasMessage(byTheTree.getMessage());
        assertThat(byTheStore.is("name", Kind.TAKEN)).isTrue();

        assertThat(hierarchy.moveRefusal(GLOBEX_BERLIN, ACME)).hasValueSatisfying(v -> {
            assertThat(v).hasMessage("\"Acme\" already has a tenant named \"Berlin\".");
            assertThat(v.is("name", Kind.TAKEN)).isTrue();
        });
        assertThat(TenantRules.siblingNameClash("Globex", GLOBEX, MSP, hierarchy)).isEmpty();
    }

    @Test
    void aRefusedMoveSaysWhyOnTheParentField() {
        assertThat(hierarchy.moveRefusal(ACME, BERLIN)).hasValueSatisfying(v -> {
            assertThat(v).hasMessage("\"Berlin\" is inside \"Acme\"; a tenant cannot move under its own descendant.");
            assertThat(v.is("parent", Kind.NOT_ALLOWED)).isTrue();
        });
        assertThat(hierarchy.moveRefusal(MSP, ACME)).get().extracting(RuleViolation::kind).isEqualTo(Kind.NOT_ALLOWED);
        assertThat(hierarchy.moveRefusal(ACME, ACME)).get().extracting(Throwable::getMessage).isEqualTo("A tenant cannot be its own parent.");
        assertThat(hierarchy.moveRefusal(BERLIN, ACME)).get().extracting(RuleViolation::kind).isEqualTo(Kind.UNCHANGED);
        assertThat(hierarchy.moveRefusal(UUID.randomUUID(), ACME)).get().extracting(RuleViolation::kind).isEqualTo(Kind.NOT_FOUND);
        assertThat(hierarchy.moveRefusal(BERLIN, GLOBEX)).as("berlin is taken there, ignoring case").isPresent();
        assertThat(hierarchy.moveProblem(ACME, BERLIN)).as("the message alone, as before").hasValue(hierarchy.moveRefusal(ACME, BERLIN).get().getMessage());
        assertThat(hierarchy.moveRefusal(BERLIN, MSP)).isEmpty();
    }

    @Test
    void timeZonesMustBeIanaIdsOrEmptyForInherit() {
        assertThat(TenantRules.checkTimeZone("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(TenantRules.checkTimeZone("")).isEmpty();
        assertThat(refusal(() -> TenantRules.checkTimeZone("Mars/Olympus")))
                .hasMessage("\"Mars/Olympus\" is not a known time zone (use an IANA id such as Europe/Berlin).")
                .satisfies(v -> assertThat(v.is("timeZone", Kind.INVALID)).isTrue());
    }

    @Test
    void theEffectiveTimeZoneComesFromTheNearestTenantThatSetsOne() {
        TenantHierarchy zoned = new TenantHierarchy(List.of(
                new TenantNode(MSP, null, "Northwind", TenantKind.MSP, "America/New_York", 0),
                new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "Europe/Berlin", 0),
                new TenantNode(BERLIN, ACME, "Berlin", TenantKind.SUB, "", 0),
                new TenantNode(GLOBEX, MSP, "Globex", TenantKind.CLIENT, "", 0)));
        assertThat(TenantNode.timeZoneSource(zoned.path(BERLIN))).get().extracting(TenantNode::name).isEqualTo("Acme");
        assertThat(TenantNode.effectiveTimeZone(zoned.path(GLOBEX))).isEqualTo("America/New_York");
        assertThat(TenantNode.timeZoneSource(hierarchy.path(BERLIN))).isEmpty();
        assertThat(TenantNode.effectiveTimeZone(hierarchy.path(BERLIN))).isEmpty();
    }

    @Test
    void descriptionsHaveAtMost2000Characters() {
        assertThat(TenantRules.checkDescription("  Dental chain  ")).isEqualTo("Dental chain");
        assertThat(refusal(() -> TenantRules.checkDescription("x".repeat(2001))))
                .hasMessage("Description is 2001 characters; at most 2000 are allowed.")
                .satisfies(v -> assertThat(v.is("description", Kind.TOO_LONG)).isTrue());
    }

    @Test
    void tagsAreSplitTrimmedAndDeduplicatedIgnoringCase() {
        assertThat(TenantRules.parseTags(" vip, dental ,, VIP ")).containsExactly("vip", "dental");
        assertThat(refusal(() -> TenantRules.checkTags(List.of("x".repeat(41))))).hasMessageContaining("longer than 40")
                .satisfies(v -> assertThat(v.is("tags", Kind.TOO_LONG)).isTrue());
        assertThat(refusal(() -> TenantRules.checkTags(List.of("a,b"))).is("tags", Kind.INVALID)).isTrue();
    }

    @Test
    void refusalsBuiltWithoutAKindStillNameTheirField() {
        RuleViolation old = new RuleViolation("parent", "The MSP tenant is the root; it cannot be moved.");
        assertThat(old.field()).isEqualTo("parent");
        assertThat(old.kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(new RuleViolation("Nothing to save.").field()).isNull();
        assertThatThrownBy(() -> { throw new RuleViolation("name", null, "x"); })
                .extracting(e -> ((RuleViolation) e).kind()).isEqualTo(Kind.UNSPECIFIED);
    }

    @Test
    void slugsAreLowerCaseAsciiWords() {
        assertThat(TenantRules.slugBase("Zürich Büro & Co.")).isEqualTo("zurich-buro-co");
        assertThat(TenantRules.slugBase("!!!")).isEqualTo("tenant");
    }
}
