package dev.canopy.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two tenant names are likely the same tenant written differently: they differ only by case, spacing,
 * punctuation or accents ("Müller GmbH", "MULLER  GMBH", "Muller-GmbH"). The import reports such pairs instead of
 * creating a second tenant silently.
 */
public final class LikelySameName {

    private LikelySameName() {
    }

    /** The name with accents removed, letters and digits only, lower case: equal keys are likely one tenant. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;  // the accent of a decomposed letter
            }
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** Whether the names differ only by case, spacing, punctuation or accents (but are not written identically). */
    public static boolean likelySame(String a, String b) {
        return !a.strip().equals(b.strip()) && !key(a).isEmpty() && key(a).equals(key(b));
    }
}
