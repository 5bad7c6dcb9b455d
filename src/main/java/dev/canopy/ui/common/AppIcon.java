package dev.canopy.ui.common;

import dev.canopy.domain.tenant.TenantKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every icon the app shows, in one place: Material Design icons drawn by Ikonli's font. Each is named by its
 * description and code point rather than by the icon pack's enum constant: the pack's enums hold about 7,000 icons,
 * and loading the sixteen the app's icons come from took a tenth of a second of every start. AppIconTest checks each
 * against the pack.
 */
public enum AppIcon {
    MSP("mdi2s-shield-home-outline", 0xF0CCB),
    CLIENT("mdi2o-office-building-outline", 0xF151F),
    SUB("mdi2s-sitemap-outline", 0xF199C),
    ADD("mdi2p-plus", 0xF0415),
    MINUS("mdi2m-minus", 0xF0374),
    RENAME("mdi2p-pencil", 0xF03EB),
    DELETE("mdi2t-trash-can-outline", 0xF0A7A),
    UNDO("mdi2u-undo", 0xF054C),
    REDO("mdi2r-redo", 0xF044E),
    SEARCH("mdi2m-magnify", 0xF0349),
    SAVE("mdi2c-content-save", 0xF0193),
    REVERT("mdi2r-restore", 0xF099B),
    LOCAL_ONLY("mdi2c-cloud-off-outline", 0xF0164),
    DATA_FOLDER("mdi2f-folder-outline", 0xF0256),
    COMPUTERS("mdi2l-laptop", 0xF0322),
    SAMPLE("mdi2d-database", 0xF01BC),
    IMPORT("mdi2i-import", 0xF02FA),
    WARNING("mdi2a-alert-circle-outline", 0xF05D6),
    LOCKED("mdi2l-lock", 0xF033E),
    PEOPLE("mdi2a-account-group-outline", 0xF0B58),
    REASSIGN("mdi2s-swap-horizontal", 0xF04E1),
    STATUS("mdi2c-circle", 0xF0765),
    HISTORY("mdi2h-history", 0xF02DA),
    MERGE("mdi2c-call-merge", 0xF00F8),
    DEPLOYMENTS("mdi2p-package-variant-closed", 0xF03D7),
    EXCEPTION("mdi2s-shield-off-outline", 0xF099C),
    WHY("mdi2h-help-circle-outline", 0xF0625),
    PREFERENCES("mdi2t-tune-variant", 0xF1542),
    SCHEDULES("mdi2c-calendar-clock-outline", 0xF16E1),
    GO_TO("mdi2a-arrow-top-right", 0xF005C),
    CLOCK_CHANGE("mdi2c-clock-alert-outline", 0xF05CE),
    CANCEL("mdi2c-close-circle-outline", 0xF015A),
    FILTER("mdi2f-filter-outline", 0xF0233),
    OVERVIEW("mdi2v-view-dashboard-outline", 0xF0A1D),
    REPORT("mdi2f-file-chart-outline", 0xF1029),
    EXPORT("mdi2e-export-variant", 0xF0B93),
    CLOUD_CLOCK("mdi2c-cloud-clock-outline", 0xF1BEF),
    SYNC("mdi2s-sync", 0xF04E6),
    CLOUD_CHECK("mdi2c-cloud-check-outline", 0xF1BEC),
    CLOUD_ALERT("mdi2c-cloud-alert-outline", 0xF1BE0),
    SYNC_ALERT("mdi2s-sync-alert", 0xF04E7),
    CLOUD_DOWNLOAD("mdi2c-cloud-download-outline", 0xF0B7D);

    private final Ikon ikon;

    AppIcon(String description, int code) {
        this.ikon = new Glyph(description, code);
    }

    /** One icon of the pack: FontIcon needs only these two (the description's prefix picks the pack's font). */
    private record Glyph(String description, int code) implements Ikon {
        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public int getCode() {
            return code;
        }
    }

    public FontIcon view() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    public Ikon ikon() {
        return ikon;
    }

    /**
     * Loads the pack's font on a thread of its own (the toolkit must be up): the first icon made, the tree's search
     * field's, otherwise waited on the FX thread for the pack to be found and its font read, about a tenth of a
     * second of the first frame. An icon made meanwhile waits for the same load rather than doing it twice.
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> SEARCH.view(), "canopy-icons-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The pack's font at this size, for drawing the icon ({@link #glyph}) rather than showing a node. */
    public javafx.scene.text.Font font(double size) {
        org.kordamp.ikonli.IkonHandler pack = org.kordamp.ikonli.IkonResolverProvider
                .getInstance(org.kordamp.ikonli.javafx.JavaFXFontLoader.getInstance()).resolve(ikon.getDescription());
        String family = pack.getFont() instanceof javafx.scene.text.Font loaded ? loaded.getFamily() : pack.getFontFamily();
        return javafx.scene.text.Font.font(family, size);
    }

    /** The icon as the character its font draws. */
    public String glyph() {
        return new String(Character.toChars(ikon.getCode()));
    }

    public static AppIcon of(TenantKind kind) {
        return switch (kind) {
            case MSP -> MSP;
            case CLIENT -> CLIENT;
            case SUB -> SUB;
        };
    }
}
