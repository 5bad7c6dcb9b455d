package dev.canopy.ui.palette;

import java.util.Objects;

/**
 * One line of the palette's list: what it is ({@link Kind}), its name, where it is (a menu, a tenant's path), an
 * action's shortcut, whether it can run now, how well it matched (lower is better) and what choosing it does.
 */
public record PaletteItem(Kind kind, String title, String detail, String shortcut, boolean enabled, int rank, Runnable open) {

    /** In the order a tie in rank is broken: actions first, then the tree, then the records. */
    public enum Kind {
        ACTION("Action"), TENANT("Tenant"), COMPUTER("Computer"), PERSON("Person");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PaletteItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        shortcut = shortcut == null ? "" : shortcut;
        Objects.requireNonNull(open, "open");
    }

    /** The whole line in words, for screen readers. */
    public String spoken() {
        return kind.label() + ": " + title + (detail.isEmpty() ? "" : ", " + detail) + (shortcut.isEmpty() ? "" : ", shortcut " + shortcut)
                + (enabled ? "" : ", not available now");
    }
}
