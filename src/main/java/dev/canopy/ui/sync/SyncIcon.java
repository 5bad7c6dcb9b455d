package dev.canopy.ui.sync;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The sync states' icons. Kept beside sync rather than in {@code AppIcon} only so this feature's first version
 * touches no shared file; they can move there as they are.
 */
public enum SyncIcon {
    LOCAL_ONLY(MaterialDesignC.CLOUD_OFF_OUTLINE),
    OFFLINE(MaterialDesignC.CLOUD_CLOCK_OUTLINE),
    SYNCING(MaterialDesignS.SYNC),
    SYNCED(MaterialDesignC.CLOUD_CHECK_OUTLINE),
    FAILED(MaterialDesignC.CLOUD_ALERT_OUTLINE),
    CONFLICTS(MaterialDesignS.SYNC_ALERT),
    DOWNLOAD(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE);

    private final Ikon ikon;

    SyncIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon view() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
