package dev.canopy.domain.preference;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.preference.Effective.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution on random trees against a brute-force reference written from DESIGN.md's sentence,
 * walking parent links upwards instead of a path downwards.
 */
class PreferenceResolutionPropertiesTest {

    private static final RecordMeta LIVE = RecordMeta.created(Instant.parse("2024-05-01T10:00:00Z"), "tech");
    private static final RecordMeta DELETED = LIVE.withDeleted(true, LIVE.updatedAt(), "tech");

    private static final List<SettingDefinition> DEFINITIONS = List.of(
            PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES, PreferenceCatalogue.REBOOT_PREFERENCE, PreferenceCatalogue.AGENT_AUTO_UPDATE);
    private static final List<List<String>> VALUES = List.of(
            List.of("0", "15", "60", "120"), List.of("NORMAL", "FORCE", "SUPPRESS", "IF_REQUIRED"), List.of("true", "false"));

    /** What one tenant says about one setting; an INHERIT cell may or may not have a row. */
    record Cell(PreferenceMode mode, int valueIndex, boolean inheritRow, boolean deleted) {
    }

    /** Tenant 0 is the root; tenant i > 0 hangs under an earlier tenant chosen by parentPicks. */
    record Scenario(List<Integer> parentPicks, List<Cell> cells) {

        int size() {
            return parentPicks.size();
        }

        int[] parents() {
            int[] parent = new int[size()];
            parent[0] = -1;
            for (int i = 1; i < parent.length; i++) {
                parent[i] = Math.max(0, i - 1 - parentPicks.get(i) % i);
            }
            return parent;
        }

        /** The rows as stored, INHERIT and deleted ones included, so resolution must skip them itself. */
        Map<UUID, Map<String, TenantPreference>> rows() {
            Map<UUID, Map<String, TenantPreference>> rows = new HashMap<>();
            for (int t = 0; t < size(); t++) {
                for (int d = 0; d < DEFINITIONS.size(); d++) {
                    TenantPreference row = row(t, d, cells.get(t * DEFINITIONS.size() + d));
                    if (row != null) {
                        rows.computeIfAbsent(id(t), k -> new HashMap<>()).put(row.key(), row);
                    }
                }
            }
            return rows;
        }
    }

    static TenantPreference row(int tenant, int definition, Cell cell) {
        if (cell.mode() == PreferenceMode.INHERIT && !cell.inheritRow()) {
            return null;
        }
        List<String> values = VALUES.get(definition);
        return new TenantPreference(id(tenant), DEFINITIONS.get(definition).key(), cell.mode(),
                values.get(cell.valueIndex() % values.size()), cell.deleted() ? DELETED : LIVE);
    }

    static UUID id(int tenant) {
        return new UUID(0x7e1a, tenant);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        // mostly near parents, so that deep chains are common, sometimes anywhere above
        Arbitrary<Integer> picks = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 1)),
                Tuple.of(1, Arbitraries.integers().between(0, 1000)));
        Arbitrary<Cell> cells = Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, PreferenceMode.INHERIT), Tuple.of(4, PreferenceMode.OVERRIDE), Tuple.of(1, PreferenceMode.ENFORCED)),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.frequency(Tuple.of(7, false), Tuple.of(1, true))).as(Cell::new);
        return Arbitraries.integers().between(1, 40).flatMap(n ->
                Combinators.combine(picks.list().ofSize(n), cells.list().ofSize(n * DEFINITIONS.size())).as(Scenario::new));
    }

    // ---- the reference ----

    static boolean saysSomething(TenantPreference row) {
        return row != null && row.mode() != PreferenceMode.INHERIT && !row.meta().deleted();
    }

    static Effective reference(int[] parent, Map<UUID, Map<String, TenantPreference>> rows, SettingDefinition definition, int tenant) {
        int topEnforced = -1;
        for (int x = tenant; x != -1; x = parent[x]) {
            TenantPreference row = rows.getOrDefault(id(x), Map.of()).get(definition.key());
            if (saysSomething(row) && row.mode() == PreferenceMode.ENFORCED) {
                topEnforced = x; // keeps overwriting while climbing: ends at the one nearest the root
            }
        }
        if (topEnforced != -1) {
            String value = rows.get(id(topEnforced)).get(definition.key()).value();
            boolean here = topEnforced == tenant;
            return new Effective(value, here ? Source.ENFORCED_HERE : Source.ENFORCED_BY_ANCESTOR, id(topEnforced), !here);
        }
        for (int x = tenant; x != -1; x = parent[x]) {
            TenantPreference row = rows.getOrDefault(id(x), Map.of()).get(definition.key());
            if (saysSomething(row)) {
                return new Effective(row.value(), x == tenant ? Source.THIS_TENANT : Source.ANCESTOR, id(x), false);
            }
        }
        return new Effective(definition.defaultValue(), Source.DEFAULT, null, false);
    }

    static List<UUID> pathFromRoot(int[] parent, int tenant) {
        List<UUID> path = new ArrayList<>();
        for (int x = tenant; x != -1; x = parent[x]) {
            path.add(id(x));
        }
        Collections.reverse(path);
        return path;
    }

    static Map<UUID, UUID> links(int[] parent) {
        Map<UUID, UUID> links = new HashMap<>();
        for (int t = 0; t < parent.length; t++) {
            links.put(id(t), parent[t] == -1 ? null : id(parent[t]));
        }
        return links;
    }

    static Set<Integer> subtree(int[] parent, int top) {
        Set<Integer> inside = new HashSet<>();
        for (int t = 0; t < parent.length; t++) {
            for (int x = t; x != -1; x = parent[x]) {
                if (x == top) {
                    inside.add(t);
                    break;
                }
            }
        }
        return inside;
    }

    static Map<String, Effective> fresh(int[] parent, Map<UUID, Map<String, TenantPreference>> rows, int tenant) {
        return new EffectivePreferences(pathFromRoot(parent, tenant), rows).resolveAll(DEFINITIONS);
    }

    // ---- properties ----

    @Property(tries = 300)
    void resolutionAgreesWithTheReferenceForEveryTenantAndKey(@ForAll("scenarios") Scenario scenario) {
        int[] parent = scenario.parents();
        Map<UUID, Map<String, TenantPreference>> rows = scenario.rows();
        PreferenceTree tree = new PreferenceTree(links(parent), rows, DEFINITIONS);
        for (int t = 0; t < scenario.size(); t++) {
            EffectivePreferences preferences = new EffectivePreferences(pathFromRoot(parent, t), rows);
            for (SettingDefinition definition : DEFINITIONS) {
                Effective expected = reference(parent, rows, definition, t);
                assertThat(preferences.resolve(definition)).as("tenant %d %s", t, definition.key()).isEqualTo(expected);
                assertThat(tree.effective(id(t), definition.key())).as("tree: tenant %d %s", t, definition.key()).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 300)
    void movingATenantChangesOnlyItsSubtreeWhichThenResolvesAfresh(@ForAll("scenarios") Scenario scenario,
                                                                  @ForAll @IntRange(min = 0, max = 10_000) int moverPick,
                                                                  @ForAll @IntRange(min = 0, max = 10_000) int targetPick) {
        Assume.that(scenario.size() >= 2);
        int[] parent = scenario.parents();
        Map<UUID, Map<String, TenantPreference>> rows = scenario.rows();
        int mover = 1 + moverPick % (scenario.size() - 1);
        Set<Integer> moved = subtree(parent, mover);
        List<Integer> targets = new ArrayList<>();
        for (int t = 0; t < scenario.size(); t++) {
            if (!moved.contains(t)) {
                targets.add(t);
            }
        }
        int target = targets.get(targetPick % targets.size());

        int[] after = parent.clone();
        after[mover] = target;
        PreferenceTree before = new PreferenceTree(links(parent), rows, DEFINITIONS);
        PreferenceTree afterMove = before.withMove(id(mover), id(target));
        PreferenceTree rebuilt = new PreferenceTree(links(after), rows, DEFINITIONS);

        for (int t = 0; t < scenario.size(); t++) {
            Map<String, Effective> freshAfter = fresh(after, rows, t);
            assertThat(afterMove.effectiveAll(id(t))).as("tenant %d", t).isEqualTo(freshAfter).isEqualTo(rebuilt.effectiveAll(id(t)));
            if (!moved.contains(t)) {
                assertThat(freshAfter).as("outside the subtree, tenant %d", t).isEqualTo(fresh(parent, rows, t));
                assertThat(afterMove.effectiveAll(id(t))).isEqualTo(before.effectiveAll(id(t)));
            }
            for (SettingDefinition definition : DEFINITIONS) {
                assertThat(freshAfter.get(definition.key())).isEqualTo(reference(after, rows, definition, t));
            }
        }
    }

    @Property(tries = 300)
    void anEditGivesTheSameTreeAsBuildingItAfresh(@ForAll("scenarios") Scenario scenario,
                                                  @ForAll @IntRange(min = 0, max = 10_000) int tenantPick,
                                                  @ForAll @IntRange(min = 0, max = 2) int definition,
                                                  @ForAll PreferenceMode mode,
                                                  @ForAll @IntRange(min = 0, max = 3) int valueIndex,
                                                  @ForAll boolean deleted) {
        int[] parent = scenario.parents();
        int tenant = tenantPick % scenario.size();
        List<Cell> cells = new ArrayList<>(scenario.cells());
        Cell cell = new Cell(mode, valueIndex, true, deleted);
        cells.set(tenant * DEFINITIONS.size() + definition, cell);
        Scenario edited = new Scenario(scenario.parentPicks(), cells);

        PreferenceTree incremental = new PreferenceTree(links(parent), scenario.rows(), DEFINITIONS)
                .withPreference(row(tenant, definition, cell));
        PreferenceTree rebuilt = new PreferenceTree(links(parent), edited.rows(), DEFINITIONS);
        for (int t = 0; t < scenario.size(); t++) {
            assertThat(incremental.effectiveAll(id(t))).as("tenant %d", t).isEqualTo(rebuilt.effectiveAll(id(t)));
        }
    }
}
