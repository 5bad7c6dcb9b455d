package dev.canopy.domain.preference;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.preference.Effective.Source;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectivePreferencesTest {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2024-05-01T10:00:00Z"), "tech@northwind.example");

    static final UUID MSP = new UUID(0, 1);
    static final UUID ACME = new UUID(0, 2);
    static final UUID BRANCH = new UUID(0, 3);

    static final Map<UUID, String> NAMES = Map.of(MSP, "Northwind MSP", ACME, "Acme", BRANCH, "Acme Berlin");
    static final Function<UUID, String> NAME = NAMES::get;

    static final SettingDefinition TIMEOUT = PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES;

    private final List<TenantPreference> rows = new ArrayList<>();

    private EffectivePreferencesTest set(UUID tenant, PreferenceMode mode, String value) {
        rows.add(TenantPreference.of(TIMEOUT, tenant, mode, value, META));
        return this;
    }

    private Effective branch() {
        return new EffectivePreferences(List.of(MSP, ACME, BRANCH), TenantPreference.index(rows)).resolve(TIMEOUT);
    }

    @Test
    void withNoRowsTheDefaultApplies() {
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("60", Source.DEFAULT, null, false));
        assertThat(e.explain(NAME)).isEqualTo("Default");
        assertThat(e.canOverride()).isTrue();
        assertThat(e.whyLocked(NAME)).isEmpty();
    }

    @Test
    void theTenantsOwnValueBeatsItsAncestors() {
        set(MSP, PreferenceMode.OVERRIDE, "10").set(ACME, PreferenceMode.OVERRIDE, "20").set(BRANCH, PreferenceMode.OVERRIDE, "30");
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("30", Source.THIS_TENANT, BRANCH, false));
        assertThat(e.explain(NAME)).isEqualTo("Set on this tenant");
    }

    @Test
    void withoutOwnValueTheNearestAncestorsApplies() {
        set(MSP, PreferenceMode.OVERRIDE, "10").set(ACME, PreferenceMode.OVERRIDE, "20");
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("20", Source.ANCESTOR, ACME, false));
        assertThat(e.explain(NAME)).isEqualTo("Inherited from Acme");
        assertThat(e.canOverride()).isTrue();
    }

    @Test
    void anEnforcedAncestorBeatsTheTenantsOwnOverride() {
        set(ACME, PreferenceMode.ENFORCED, "15").set(BRANCH, PreferenceMode.OVERRIDE, "30");
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("15", Source.ENFORCED_BY_ANCESTOR, ACME, true));
        assertThat(e.explain(NAME)).isEqualTo("Enforced by Acme");
        assertThat(e.canOverride()).isFalse();
        assertThat(e.whyLocked(NAME)).hasValue("Enforced by Acme: children cannot override it.");
    }

    @Test
    void enforcedHereIsTheTenantsOwnAndNotLocked() {
        set(MSP, PreferenceMode.OVERRIDE, "10").set(BRANCH, PreferenceMode.ENFORCED, "5");
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("5", Source.ENFORCED_HERE, BRANCH, false));
        assertThat(e.explain(NAME)).isEqualTo("Enforced here");
        assertThat(e.canOverride()).isTrue();
    }

    @Test
    void ofTwoEnforcedAncestorsTheOneNearestTheRootWins() {
        set(MSP, PreferenceMode.ENFORCED, "45").set(ACME, PreferenceMode.ENFORCED, "15").set(BRANCH, PreferenceMode.ENFORCED, "5");
        Effective e = branch();
        assertThat(e).isEqualTo(new Effective("45", Source.ENFORCED_BY_ANCESTOR, MSP, true));
        assertThat(e.explain(NAME)).isEqualTo("Enforced by Northwind MSP");
        assertThat(e.whyLocked(NAME)).hasValue("Enforced by Northwind MSP: children cannot override it.");
    }

    @Test
    void anInheritRowOrADeletedRowIsLikeNoRow() {
        set(ACME, PreferenceMode.OVERRIDE, "20");
        Map<UUID, Map<String, TenantPreference>> own = new HashMap<>(TenantPreference.index(rows));
        own.put(BRANCH, Map.of(TIMEOUT.key(), new TenantPreference(BRANCH, TIMEOUT.key(), PreferenceMode.INHERIT, "999", META)));
        own.put(MSP, Map.of(TIMEOUT.key(), new TenantPreference(MSP, TIMEOUT.key(), PreferenceMode.ENFORCED, "1",
                META.withDeleted(true, META.updatedAt(), "tech"))));
        EffectivePreferences branch = new EffectivePreferences(List.of(MSP, ACME, BRANCH), own);
        assertThat(branch.resolve(TIMEOUT)).isEqualTo(new Effective("20", Source.ANCESTOR, ACME, false));
        assertThat(branch.own(TIMEOUT)).isEmpty();
        assertThat(TenantPreference.index(List.of(own.get(BRANCH).get(TIMEOUT.key()), own.get(MSP).get(TIMEOUT.key())))).isEmpty();
    }

    @Test
    void theRootAloneResolvesToItsOwnValueOrTheDefault() {
        set(MSP, PreferenceMode.ENFORCED, "45");
        EffectivePreferences root = new EffectivePreferences(List.of(MSP), TenantPreference.index(rows));
        assertThat(root.resolve(TIMEOUT).source()).isEqualTo(Source.ENFORCED_HERE);
        assertThat(root.resolve(PreferenceCatalogue.AGENT_AUTO_UPDATE)).isEqualTo(Effective.ofDefault("true"));
        assertThat(root.tenantId()).isEqualTo(MSP);
    }

    @Test
    void resolveAllKeepsTheOrderGivenAndTheHelpersAgreeWithResolve() {
        set(MSP, PreferenceMode.ENFORCED, "45");
        rows.add(TenantPreference.of(PreferenceCatalogue.AGENT_UPDATE_CHANNEL, BRANCH, PreferenceMode.OVERRIDE, "beta", META));
        EffectivePreferences branch = new EffectivePreferences(List.of(MSP, ACME, BRANCH), TenantPreference.index(rows));
        Map<String, Effective> all = branch.resolveAll(PreferenceCatalogue.standard().all());
        assertThat(all.keySet()).containsExactlyElementsOf(PreferenceCatalogue.standard().all().stream().map(SettingDefinition::key).toList());
        assertThat(all.get("agent.updateChannel")).isEqualTo(new Effective("BETA", Source.THIS_TENANT, BRANCH, false));
        assertThat(all.get("agent.autoUpdate").source()).isEqualTo(Source.DEFAULT);
        assertThat(branch.canOverride(TIMEOUT)).isFalse();
        assertThat(branch.canOverride(PreferenceCatalogue.AGENT_UPDATE_CHANNEL)).isTrue();
        assertThat(branch.whyLocked(TIMEOUT, NAME)).hasValue("Enforced by Northwind MSP: children cannot override it.");
        assertThat(branch.own(PreferenceCatalogue.AGENT_UPDATE_CHANNEL)).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo("BETA"));
    }

    @Test
    void builtFromTheHierarchyItUsesTheTenantsPath() {
        TenantHierarchy hierarchy = new TenantHierarchy(List.of(
                new TenantNode(MSP, null, "Northwind MSP", TenantKind.MSP, "", 0),
                new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "", 0),
                new TenantNode(BRANCH, ACME, "Acme Berlin", TenantKind.SUB, "", 0)));
        set(ACME, PreferenceMode.OVERRIDE, "20");
        assertThat(EffectivePreferences.of(hierarchy, BRANCH, TenantPreference.index(rows)).resolve(TIMEOUT))
                .isEqualTo(new Effective("20", Source.ANCESTOR, ACME, false));
        assertThatThrownBy(() -> EffectivePreferences.of(hierarchy, UUID.randomUUID(), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreMadeCanonicalAndCheckedWhenCreated() {
        assertThat(TenantPreference.of(TIMEOUT, ACME, PreferenceMode.OVERRIDE, " 030 ", META).value()).isEqualTo("30");
        assertThat(TenantPreference.of(TIMEOUT, ACME, PreferenceMode.INHERIT, "junk", META).value()).isEmpty();
        assertThatThrownBy(() -> TenantPreference.of(TIMEOUT, ACME, PreferenceMode.ENFORCED, "abc", META))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo(TIMEOUT.key());
    }

    @Test
    void explainNamesAnUnknownTenantGenerically() {
        Effective e = new Effective("1", Source.ENFORCED_BY_ANCESTOR, UUID.randomUUID(), true);
        assertThat(e.explain(id -> null)).isEqualTo("Enforced by a parent tenant");
        assertThatThrownBy(() -> new Effective("1", Source.ENFORCED_BY_ANCESTOR, MSP, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Effective("1", Source.DEFAULT, MSP, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Effective("1", Source.ANCESTOR, null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshotsTheRowsItWasGiven() {
        Map<String, TenantPreference> branchRows = new HashMap<>();
        Map<UUID, Map<String, TenantPreference>> own = Map.of(BRANCH, branchRows);
        branchRows.put(TIMEOUT.key(), TenantPreference.of(TIMEOUT, BRANCH, PreferenceMode.OVERRIDE, "30", META));
        EffectivePreferences branch = new EffectivePreferences(List.of(MSP, ACME, BRANCH), own);
        branchRows.clear();
        assertThat(branch.resolve(TIMEOUT).value()).isEqualTo("30");
    }
}
