package dev.canopy.ui.common;

/** "1 computer", "2,000 computers": counts as a status line reads them. */
public final class Plural {

    private Plural() {
    }

    public static String count(long n, String singular) {
        return String.format("%,d %s", n, n == 1 ? singular : singular + "s");
    }
}
