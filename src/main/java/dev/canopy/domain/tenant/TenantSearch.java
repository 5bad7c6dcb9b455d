package dev.canopy.domain.tenant;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/**
 * Filters the tree as the technician types: a tenant matches when its name contains the query
 * (ignoring case); its ancestors stay visible so the match is shown in place.
 *
 * <p>A keystroke costs what the previous ones left to look at: a query that contains an earlier query (typing one
 * more letter, or backspacing to a query typed before) only checks that query's matches, and results are bit sets
 * over the tenants' tree order rather than sets of ids, so a search allocates little (a garbage collection in the
 * middle of typing is a dropped frame).
 */
public final class TenantSearch {

    /** Results kept for reuse: a few words of typing, so a backspace finds the shorter query's result. */
    static final int KEPT_RESULTS = 32;

    private final TenantHierarchy hierarchy;
    private final TenantNode[] nodes;
    private final UUID[] ids;
    /** Each tenant's children's indexes, in the hierarchy's order. */
    private final int[][] childIndexes;
    private final String[] lowerNames;
    /** Index (tree order) of each tenant's parent, -1 for the top. */
    private final int[] parents;
    private final Map<UUID, Integer> indexOf;
    private final Map<String, Result> recent = new LinkedHashMap<>(KEPT_RESULTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > KEPT_RESULTS;
        }
    };

    public TenantSearch(TenantHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        List<TenantNode> all = hierarchy.depthFirst();
        nodes = all.toArray(new TenantNode[0]);
        childIndexes = new int[all.size()][];
        ids = new UUID[all.size()];
        lowerNames = new String[all.size()];
        parents = new int[all.size()];
        indexOf = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            ids[i] = all.get(i).id();
            lowerNames[i] = all.get(i).name().toLowerCase(Locale.ROOT);
            indexOf.put(ids[i], i);
        }
        for (int i = 0; i < all.size(); i++) {
            Integer parent = all.get(i).parentId() == null ? null : indexOf.get(all.get(i).parentId());
            parents[i] = parent == null ? -1 : parent;
            List<TenantNode> children = hierarchy.children(ids[i]);
            childIndexes[i] = new int[children.size()];
            for (int c = 0; c < children.size(); c++) {
                childIndexes[i][c] = indexOf.get(children.get(c).id());
            }
        }
    }

    /** The hierarchy this search was made over: its indexes hold for that one only. */
    public TenantHierarchy hierarchy() {
        return hierarchy;
    }

    /** How many tenants; indexes run from 0 to this, in tree order. */
    public int size() {
        return nodes.length;
    }

    /** The tenant's index in tree order, or -1. */
    public int indexOf(UUID id) {
        Integer index = id == null ? null : indexOf.get(id);
        return index == null ? -1 : index;
    }

    public TenantNode node(int index) {
        return nodes[index];
    }

    /** The indexes of the tenant's children, in the hierarchy's order (do not change the array). */
    public int[] childIndexes(int index) {
        return childIndexes[index];
    }

    /**
     * The result of one query: the tenants that match (in tree order, depth first) and those to show
     * (matches and their ancestors).
     */
    public static final class Result {

        private static final Result EVERYTHING = new Result("", null, new int[0], new BitSet(), new BitSet());

        private final String query;
        private final TenantSearch owner;
        /** Tree-order indexes of the matches, ascending. */
        private final int[] matchIndexes;
        private final BitSet matchBits;
        private final BitSet visibleBits;

        private Result(String query, TenantSearch owner, int[] matchIndexes, BitSet matchBits, BitSet visibleBits) {
            this.query = query;
            this.owner = owner;
            this.matchIndexes = matchIndexes;
            this.matchBits = matchBits;
            this.visibleBits = visibleBits;
        }

        /** No query: nothing filters the tree. */
        public static Result everything() {
            return EVERYTHING;
        }

        public String query() {
            return query;
        }

        public boolean isEverything() {
            return query.isEmpty();
        }

        public int matchCount() {
            return matchIndexes.length;
        }

        public boolean isMatch(UUID id) {
            return owner != null && matchBits.get(owner.index(id));
        }

        public boolean isVisible(UUID id) {
            return owner != null && visibleBits.get(owner.index(id));
        }

        /** Whether the search shows the tenant at this index of the search it came from (everything: always). */
        public boolean isVisibleAt(int index) {
            return owner == null || visibleBits.get(index);
        }

        /** The matches in tree order. */
        public Set<UUID> matches() {
            return owner == null ? Set.of() : owner.new IndexSet(matchBits, matchIndexes.length);
        }

        /** The matches and their ancestors. */
        public Set<UUID> visible() {
            return owner == null ? Set.of() : owner.new IndexSet(visibleBits, visibleBits.cardinality());
        }

        @Override
        public String toString() {
            return "Result[" + query + ", " + matchIndexes.length + " matches]";
        }
    }

    public Result search(String rawQuery) {
        String query = rawQuery == null ? "" : rawQuery.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return Result.EVERYTHING;
        }
        Result kept = recent.get(query);
        if (kept != null) {
            return kept;
        }
        // every match of the query contains any shorter query it contains: only that one's matches need a look
        Result narrowest = null;
        for (Result earlier : recent.values()) {
            if (query.contains(earlier.query) && (narrowest == null || earlier.matchIndexes.length < narrowest.matchIndexes.length)) {
                narrowest = earlier;
            }
        }
        Result result = narrowest == null ? scan(query, null, ids.length) : scan(query, narrowest.matchIndexes, narrowest.matchIndexes.length);
        recent.put(query, result);
        return result;
    }

    /** Checks the candidates (tree-order indexes; null for every tenant) against the query. */
    private Result scan(String query, int[] candidates, int count) {
        int[] found = new int[Math.min(count, 64)];
        int matches = 0;
        BitSet matchBits = new BitSet(ids.length);
        BitSet visibleBits = new BitSet(ids.length);
        for (int c = 0; c < count; c++) {
            int i = candidates == null ? c : candidates[c];
            if (lowerNames[i].contains(query)) {
                if (matches == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.min(count, found.length * 2));
                }
                found[matches++] = i;
                matchBits.set(i);
                markWithAncestors(i, visibleBits);
            }
        }
        return new Result(query, this, java.util.Arrays.copyOf(found, matches), matchBits, visibleBits);
    }

    /**
     * The tenants to open so that the first {@code limit} matches (in tree order) are in sight: their
     * ancestors. A one-letter query can match most of a large tree; opening all of it would cost
     * every tenant's item on each keystroke.
     */
    public Set<UUID> toOpen(Result result, int limit) {
        BitSet open = new BitSet(ids.length);
        int shown = Math.min(limit, result.matchIndexes.length);
        for (int m = 0; m < shown; m++) {
            int parent = parents[result.matchIndexes[m]];
            if (parent >= 0) {
                markWithAncestors(parent, open);
            }
        }
        return new IndexSet(open, open.cardinality());
    }

    private void markWithAncestors(int index, BitSet marks) {
        for (int current = index; current >= 0 && !marks.get(current); current = parents[current]) {
            marks.set(current);
        }
    }

    /** The tenant's position in tree order; past the end (a bit never set) when this search does not know it. */
    private int index(UUID id) {
        int index = indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Tenants as marks over tree order: contains is a bit test, iteration is in tree order. */
    private final class IndexSet extends AbstractSet<UUID> {

        private final BitSet marks;
        private final int size;

        IndexSet(BitSet marks, int size) {
            this.marks = marks;
            this.size = size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof UUID id && marks.get(index(id));
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<UUID> iterator() {
            return new Iterator<>() {
                private int next = marks.nextSetBit(0);

                @Override
                public boolean hasNext() {
                    return next >= 0;
                }

                @Override
                public UUID next() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    UUID id = ids[next];
                    next = marks.nextSetBit(next + 1);
                    return id;
                }
            };
        }
    }
}
