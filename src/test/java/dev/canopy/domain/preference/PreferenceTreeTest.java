package dev.canopy.domain.preference;

import dev.canopy.domain.preference.Effective.Source;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.canopy.domain.preference.EffectivePreferencesTest.META;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferenceTreeTest {

    private static final UUID MSP = new UUID(0, 1);
    private static final UUID ACME = new UUID(0, 2);
    private static final UUID BRANCH = new UUID(0, 3);
    private static final UUID GLOBEX = new UUID(0, 4);
    private static final SettingDefinition EXCLUDE = PreferenceCatalogue.EXCLUDE_FROM_CROSS_TENANT;

    private final TenantHierarchy hierarchy = new TenantHierarchy(List.of(
            new TenantNode(MSP, null, "Northwind", TenantKind.MSP, "", 0),
            new TenantNode(ACME, MSP, "Acme", TenantKind.CLIENT, "", 0),
            new TenantNode(BRANCH, ACME, "Acme Berlin", TenantKind.SUB, "", 0),
            new TenantNode(GLOBEX, MSP, "Globex", TenantKind.CLIENT, "", 0)));

    private final Map<UUID, Map<String, TenantPreference>> own = TenantPreference.index(List.of(
            TenantPreference.of(EXCLUDE, ACME, PreferenceMode.ENFORCED, "true", META),
            TenantPreference.of(EXCLUDE, BRANCH, PreferenceMode.OVERRIDE, "false", META)));

    private final PreferenceTree tree = PreferenceTree.of(hierarchy, own, PreferenceCatalogue.standard().all());

    @Test
    void resolvesEveryTenantAsEffectivePreferencesDoes() {
        assertThat(tree.tenants()).containsExactlyInAnyOrder(MSP, ACME, BRANCH, GLOBEX);
        assertThat(tree.effective(BRANCH, EXCLUDE.key())).isEqualTo(new Effective("true", Source.ENFORCED_BY_ANCESTOR, ACME, true));
        assertThat(tree.effective(GLOBEX, EXCLUDE.key())).isEqualTo(Effective.ofDefault("false"));
        for (UUID tenant : tree.tenants()) {
            assertThat(tree.effectiveAll(tenant))
                    .isEqualTo(EffectivePreferences.of(hierarchy, tenant, own).resolveAll(PreferenceCatalogue.standard().all()));
        }
    }

    @Test
    void aMoveRecomputesTheMovedSubtree() {
        PreferenceTree moved = tree.withMove(BRANCH, GLOBEX);
        assertThat(moved.effective(BRANCH, EXCLUDE.key())).isEqualTo(new Effective("false", Source.THIS_TENANT, BRANCH, false));
        assertThat(tree.effective(BRANCH, EXCLUDE.key()).lockedByAncestor()).as("the old tree is unchanged").isTrue();
        assertThat(tree.withMove(BRANCH, ACME)).isSameAs(tree);
        assertThatThrownBy(() -> tree.withMove(ACME, BRANCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.withMove(ACME, ACME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.withMove(UUID.randomUUID(), ACME)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEditRecomputesThatSettingBelowTheTenant() {
        PreferenceTree edited = tree.withPreference(TenantPreference.of(EXCLUDE, ACME, PreferenceMode.INHERIT, "", META));
        assertThat(edited.effective(ACME, EXCLUDE.key())).isEqualTo(Effective.ofDefault("false"));
        assertThat(edited.effective(BRANCH, EXCLUDE.key())).isEqualTo(new Effective("false", Source.THIS_TENANT, BRANCH, false));

        PreferenceTree enforced = tree.withPreference(TenantPreference.of(EXCLUDE, MSP, PreferenceMode.ENFORCED, "false", META));
        for (UUID tenant : List.of(ACME, BRANCH, GLOBEX)) {
            assertThat(enforced.effective(tenant, EXCLUDE.key())).isEqualTo(new Effective("false", Source.ENFORCED_BY_ANCESTOR, MSP, true));
        }
    }

    @Test
    void refusesCyclesAndUnknownKeys() {
        Map<UUID, UUID> loop = new HashMap<>();
        loop.put(MSP, null);
        loop.put(ACME, BRANCH);
        loop.put(BRANCH, ACME);
        assertThatThrownBy(() -> new PreferenceTree(loop, Map.of(), List.of(EXCLUDE))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> tree.effective(MSP, "no.suchKey")).isInstanceOf(IllegalArgumentException.class);
    }
}
