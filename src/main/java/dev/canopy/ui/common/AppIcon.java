package dev.canopy.ui.common;

import dev.canopy.domain.tenant.TenantKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** Every icon the app shows, in one place (Material Design icons through Ikonli). */
public enum AppIcon {
    MSP(MaterialDesignS.SHIELD_HOME_OUTLINE),
    CLIENT(MaterialDesignO.OFFICE_BUILDING_OUTLINE),
    SUB(MaterialDesignS.SITEMAP_OUTLINE),
    ADD(MaterialDesignP.PLUS),
    MINUS(MaterialDesignM.MINUS),
    RENAME(MaterialDesignP.PENCIL),
    DELETE(MaterialDesignT.TRASH_CAN_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    SEARCH(MaterialDesignM.MAGNIFY),
    SAVE(MaterialDesignC.CONTENT_SAVE),
    REVERT(MaterialDesignR.RESTORE),
    LOCAL_ONLY(MaterialDesignC.CLOUD_OFF_OUTLINE),
    DATA_FOLDER(MaterialDesignF.FOLDER_OUTLINE),
    COMPUTERS(MaterialDesignL.LAPTOP),
    SAMPLE(MaterialDesignD.DATABASE),
    IMPORT(MaterialDesignI.IMPORT),
    WARNING(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    LOCKED(MaterialDesignL.LOCK),
    PEOPLE(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    REASSIGN(MaterialDesignS.SWAP_HORIZONTAL),
    STATUS(MaterialDesignC.CIRCLE),
    HISTORY(MaterialDesignH.HISTORY),
    MERGE(MaterialDesignC.CALL_MERGE),
    DEPLOYMENTS(MaterialDesignP.PACKAGE_VARIANT_CLOSED),
    EXCEPTION(MaterialDesignS.SHIELD_OFF_OUTLINE),
    WHY(MaterialDesignH.HELP_CIRCLE_OUTLINE),
    PREFERENCES(MaterialDesignT.TUNE_VARIANT),
    SCHEDULES(MaterialDesignC.CALENDAR_CLOCK_OUTLINE),
    GO_TO(MaterialDesignA.ARROW_TOP_RIGHT),
    CLOCK_CHANGE(MaterialDesignC.CLOCK_ALERT_OUTLINE),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    FILTER(MaterialDesignF.FILTER_OUTLINE),
    OVERVIEW(MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    REPORT(MaterialDesignF.FILE_CHART_OUTLINE),
    EXPORT(MaterialDesignE.EXPORT_VARIANT);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon view() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    public Ikon ikon() {
        return ikon;
    }

    public static AppIcon of(TenantKind kind) {
        return switch (kind) {
            case MSP -> MSP;
            case CLIENT -> CLIENT;
            case SUB -> SUB;
        };
    }
}
