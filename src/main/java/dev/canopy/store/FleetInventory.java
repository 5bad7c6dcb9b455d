package dev.canopy.store;

import dev.canopy.domain.computer.Software;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Every live computer (by name) with every inventory line, held compactly between reports: texts once in a
 * dictionary, each line two ints. Read once by {@link ComplianceScan} and kept by {@link FleetInventoryCache} until a
 * write changes computers or inventory, so a report or the overview after the first selects from memory instead of
 * scanning 100k computers and a million lines again. Immutable.
 */
final class FleetInventory {

    private final UUID[] ids;
    private final String[] names;
    private final UUID[] tenants;
    private final List<String>[] tags;
    private final Instant[] lastSeen;
    private final String[] texts;
    /** Computer i's lines are {@code lineName[lineStart[i]..lineStart[i+1])} with their versions beside them. */
    private final int[] lineStart;
    private final int[] lineName;
    private final int[] lineVersion;
    /** Lines of computers that are not live (deleted): they still count towards the newest known versions. */
    private final int[] otherName;
    private final int[] otherVersion;
    /** Every distinct (name, version) of all lines, live or not, once: what the newest known versions are read from. */
    private final int[] pairName;
    private final int[] pairVersion;

    FleetInventory(UUID[] ids, String[] names, UUID[] tenants, List<String>[] tags, Instant[] lastSeen, String[] texts,
                   int[] lineStart, int[] lineName, int[] lineVersion, int[] otherName, int[] otherVersion) {
        this.ids = ids;
        this.names = names;
        this.tenants = tenants;
        this.tags = tags;
        this.lastSeen = lastSeen;
        this.texts = texts;
        this.lineStart = lineStart;
        this.lineName = lineName;
        this.lineVersion = lineVersion;
        this.otherName = otherName;
        this.otherVersion = otherVersion;
        java.util.Set<Long> pairs = new java.util.LinkedHashSet<>();
        for (int j = 0; j < lineName.length; j++) {
            pairs.add((long) lineName[j] << 32 | lineVersion[j]);
        }
        for (int j = 0; j < otherName.length; j++) {
            pairs.add((long) otherName[j] << 32 | otherVersion[j]);
        }
        this.pairName = new int[pairs.size()];
        this.pairVersion = new int[pairs.size()];
        int at = 0;
        for (long pair : pairs) {
            pairName[at] = (int) (pair >>> 32);
            pairVersion[at++] = (int) pair;
        }
    }

    int computers() {
        return ids.length;
    }

    /**
     * The tenants' computers (all when null) by name with only the lines whose software passes; {@code seen} gets each
     * distinct (name, version) of such lines once, of any computer, live or not.
     */
    List<ComputerInventory> select(Set<UUID> tenantIds, Predicate<String> software, BiConsumer<String, String> seen) {
        byte[] kept = new byte[texts.length];  // 0 not asked yet, 1 kept, 2 left out: each name is tested once
        visit(pairName, pairVersion, 0, pairName.length, software, kept, seen, null);
        List<ComputerInventory> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (tenantIds != null && !tenantIds.contains(tenants[i])) {
                continue;
            }
            List<Software> lines = new ArrayList<>(2);
            visit(lineName, lineVersion, lineStart[i], lineStart[i + 1], software, kept, null, lines);
            out.add(new ComputerInventory(ids[i], names[i], tenants[i], tags[i], lastSeen[i], lines));
        }
        return out;
    }

    private void visit(int[] name, int[] version, int from, int to, Predicate<String> software, byte[] kept,
                       BiConsumer<String, String> seen, List<Software> lines) {
        for (int j = from; j < to; j++) {
            int n = name[j];
            if (kept[n] == 0) {
                kept[n] = software.test(texts[n]) ? (byte) 1 : (byte) 2;
            }
            if (kept[n] == 1) {
                if (seen != null) {
                    seen.accept(texts[n], texts[version[j]]);
                }
                if (lines != null) {
                    lines.add(new Software(texts[n], texts[version[j]], ""));
                }
            }
        }
    }
}
