package dev.canopy.ui.sync;

import dev.canopy.ui.common.AppIcon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sync states' icons, as the status bar and the sync panel name them. */
public enum SyncIcon {
    LOCAL_ONLY(AppIcon.LOCAL_ONLY),
    OFFLINE(AppIcon.CLOUD_CLOCK),
    SYNCING(AppIcon.SYNC),
    SYNCED(AppIcon.CLOUD_CHECK),
    FAILED(AppIcon.CLOUD_ALERT),
    CONFLICTS(AppIcon.SYNC_ALERT),
    DOWNLOAD(AppIcon.CLOUD_DOWNLOAD);

    private final AppIcon icon;

    SyncIcon(AppIcon icon) {
        this.icon = icon;
    }

    public FontIcon view() {
        return icon.view();
    }
}
