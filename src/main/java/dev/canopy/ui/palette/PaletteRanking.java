package dev.canopy.ui.palette;

import java.util.Locale;

/**
 * How well a name matches what the technician typed, ignoring case: the whole name, then its start, then every
 * typed word starting a word of the name ("new ten" → "New tenant"), then every typed word inside it. Lower is
 * better; {@link #NONE} means no match.
 */
final class PaletteRanking {

    static final int EXACT = 0;
    static final int PREFIX = 1;
    static final int WORD_PREFIXES = 2;
    static final int CONTAINS = 3;
    static final int NONE = Integer.MAX_VALUE;

    private PaletteRanking() {
    }

    /** A text as compared: stripped, lower case, without an ellipsis ("Settings…" is found by "settings"). */
    static String normalize(String text) {
        return text == null ? "" : text.replace("…", "").strip().toLowerCase(Locale.ROOT);
    }

    /** The rank of {@code name} for an already normalized, non-empty query. */
    static int rank(String name, String query) {
        String text = normalize(name);
        if (text.equals(query)) {
            return EXACT;
        }
        if (text.startsWith(query)) {
            return PREFIX;
        }
        String[] wanted = query.split("\\s+");
        String[] words = text.split("[\\s\\p{Punct}›]+");
        if (allStartWords(wanted, words)) {
            return WORD_PREFIXES;
        }
        for (String word : wanted) {
            if (!text.contains(word)) {
                return NONE;
            }
        }
        return CONTAINS;
    }

    private static boolean allStartWords(String[] wanted, String[] words) {
        for (String w : wanted) {
            boolean found = false;
            for (String word : words) {
                if (word.startsWith(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
