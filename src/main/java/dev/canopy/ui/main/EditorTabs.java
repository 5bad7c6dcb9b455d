package dev.canopy.ui.main;

import dev.canopy.ui.computers.ComputersTab;
import dev.canopy.ui.deployments.DeploymentsTab;
import dev.canopy.ui.edit.EditTab;
import dev.canopy.ui.edit.TenantEditViewModel;
import dev.canopy.ui.history.HistoryTab;
import dev.canopy.ui.overview.OverviewTab;
import dev.canopy.ui.preferences.PreferencesTab;
import dev.canopy.ui.schedules.SchedulesTab;
import dev.canopy.ui.users.UsersTab;
import javafx.scene.control.TabPane;

/**
 * The selected tenant's editor tabs. The pane exists from the start (the window's saved tab is chosen on it), its
 * tabs are made when the store is open ({@link #build}): they read the database, and not making them before the
 * first frame takes their classes and set-up out of the start (about a tenth of a second from the class path).
 */
final class EditorTabs {

    private final MainViewModel model;
    private final TenantEditViewModel editModel;
    private final TabPane pane = new TabPane();
    private EditTab edit;
    private ComputersTab computers;
    private UsersTab users;
    private OverviewTab overview;
    private HistoryTab history;
    private DeploymentsTab deployments;
    private PreferencesTab preferences;
    private SchedulesTab schedules;

    EditorTabs(MainViewModel model, TenantEditViewModel editModel) {
        this.model = model;
        this.editModel = editModel;
        pane.setId("editorTabs");
        pane.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    TabPane pane() {
        return pane;
    }

    /** Makes the tabs, once; each builds its page when first shown. */
    void build() {
        if (edit != null) {
            return;
        }
        edit = new EditTab(editModel);
        computers = new ComputersTab(model.services());
        users = new UsersTab(model.services());
        overview = new OverviewTab(model.services(), computers::showOnly, users::showOnly);
        history = new HistoryTab(model.services());
        deployments = new DeploymentsTab(model.services());
        preferences = new PreferencesTab(model.services());
        schedules = new SchedulesTab(model.services());
        pane.getTabs().addAll(overview, computers, schedules, preferences, users, deployments, edit, history);
    }

    ComputersTab computers() {
        build();
        return computers;
    }

    UsersTab users() {
        build();
        return users;
    }

    DeploymentsTab deployments() {
        build();
        return deployments;
    }

    void dispose() {
        if (edit == null) {
            return;
        }
        edit.dispose();
        users.dispose();
        computers.dispose();
        overview.dispose();
        history.dispose();
        deployments.dispose();
        preferences.dispose();
        schedules.dispose();
    }
}
