package dev.canopy.domain.deployment;

/**
 * The case-insensitive key of a software name or tag. It folds each character exactly as
 * {@link String#CASE_INSENSITIVE_ORDER} compares them, so grouping by key and a map sorted with
 * that order never disagree (toLowerCase(Locale) would, for a few non-Latin letters).
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        String s = name == null ? "" : name.strip();
        char[] chars = new char[s.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(chars);
    }
}
