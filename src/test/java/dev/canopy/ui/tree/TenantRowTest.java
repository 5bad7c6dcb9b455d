package dev.canopy.ui.tree;

import atlantafx.base.theme.PrimerDark;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ThemeManager;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drawn tree row takes its colours from the app's stylesheet and the theme (so it draws as the rest of the tree in
 * light and dark), and its width from what it shows (so the tree's horizontal scroll follows the widest row).
 */
@ExtendWith(ApplicationExtension.class)
class TenantRowTest {

    private TenantRow row;
    private Label muted;
    private Label accent;

    @Start
    void start(Stage stage) {
        ThemeManager.applyTheme();
        Label cell = new Label();
        row = new TenantRow(cell);
        // what the stylesheet's colours are, shown by ordinary labels beside the row
        muted = new Label("muted");
        muted.setStyle("-fx-text-fill: -color-fg-muted;");
        accent = new Label("accent");
        accent.setStyle("-fx-text-fill: -color-accent-fg;");
        VBox tree = new VBox(cell, row, muted, accent);
        tree.getStyleClass().add("tree-view");  // where the theme defines its tree colours (the arrow's)
        Scene scene = new Scene(tree, 400, 200);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(ThemeManager::applyTheme);
    }

    @Test
    void theRowsColoursFollowTheStylesheetAndTheTheme(FxRobot robot) {
        assertThat(row.mutedFill()).isEqualTo(muted.getTextFill());
        assertThat(row.hitFill()).isEqualTo(accent.getTextFill());
        Object lightMuted = row.mutedFill();

        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheetBSS());
            row.getScene().getRoot().applyCss();
        });

        assertThat(row.mutedFill()).isNotEqualTo(lightMuted).isEqualTo(muted.getTextFill());
        assertThat(row.hitFill()).isEqualTo(accent.getTextFill());
    }

    @Test
    void aLongerNameOrACountMakesTheRowWider(FxRobot robot) {
        String icon = AppIcon.CLIENT.glyph();
        double[] widths = new double[3];
        robot.interact(() -> {
            row.show(icon, AppIcon.CLIENT.font(TenantRow.ICON_SIZE), "Acme", -1, -1, false, "");
            widths[0] = row.prefWidth(-1);
            row.show(icon, AppIcon.CLIENT.font(TenantRow.ICON_SIZE), "Acme Corporation", -1, -1, false, "");
            widths[1] = row.prefWidth(-1);
            row.show(icon, AppIcon.CLIENT.font(TenantRow.ICON_SIZE), "Acme Corporation", -1, -1, false, "1,204");
            widths[2] = row.prefWidth(-1);
        });

        assertThat(widths[1]).isGreaterThan(widths[0]);
        assertThat(widths[2]).isGreaterThan(widths[1]);
    }
}
