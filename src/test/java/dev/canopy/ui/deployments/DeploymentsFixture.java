package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.DeploymentWording;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.domain.deployment.Resolution;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.EditorServices;
import javafx.scene.control.ButtonBase;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@link DeploymentsSeed} opened behind the real main view model (see {@link ViewModelFixture}),
 * with the Deployments view model and its "why" panel's on it, and the reads the tests assert on.
 */
abstract class DeploymentsFixture extends ViewModelFixture {

    final DeploymentsSeed seed = new DeploymentsSeed();
    final List<Throwable> refusals = new ArrayList<>();
    DeploymentsViewModel model;
    WhyViewModel why;

    /** Opens the seeded store and shows a tenant's deployments, loaded. */
    void openOn(String tenant) {
        open(seed::write);
        EditorServices s = services();
        model = new DeploymentsViewModel(s.tenants(), s.store(), s.tasks(), s.commands(), s.notices());
        why = new WhyViewModel(model.snapshotProperty(), model::tenantName);
        select(tenantNamed(tenant).id());
        model.load();
    }

    /** Selects another tenant, as a click in the tree does (the view model reloads). */
    void show(String tenant) {
        select(tenantNamed(tenant).id());
    }

    /** A row as the table's columns word it: Software, Desired state, Enforcement, Scope, Order, Enabled, From. */
    List<String> line(ReachingDeployment row) {
        Deployment d = row.deployment();
        return List.of(d.software(), DeploymentWording.desiredState(d), d.enforcement().label(), DeploymentWording.scope(d),
                d.order().label(), d.enabled() ? "Yes" : "No", DeploymentWording.from(row, model::tenantName));
    }

    List<List<String>> lines() {
        return model.rows().stream().map(this::line).toList();
    }

    /** The row of a software whose "From" reads {@code from}. */
    ReachingDeployment row(String software, String from) {
        return model.rows().stream()
                .filter(r -> r.deployment().software().equals(software) && DeploymentWording.from(r, model::tenantName).equals(from))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + software + " / " + from));
    }

    /** The "why" panel's lines for one software: the winner, then each beaten deployment (or that none was). */
    List<String> whyOf(String software) {
        return why.resolutions().stream().filter(r -> r.software().equals(software)).findFirst()
                .map(why::explain).orElseThrow(() -> new AssertionError("no resolution of " + software));
    }

    List<String> resolvedSoftware() {
        return why.resolutions().stream().map(Resolution::software).toList();
    }

    List<Deployment> storedOf(UUID tenant) {
        return store().records(DeploymentKind.INSTANCE, List.of(tenant));
    }

    /**
     * Presses a button as a click does, through {@link ButtonBase#fire()} (nothing while it is
     * disabled): a robot's mouse click costs about a third of a second and tests nothing more. Not for
     * a button that opens a modal dialog, which would hold the call until the dialog closes.
     */
    static void press(FxRobot robot, String buttonQuery) {
        ButtonBase button = robot.lookup(buttonQuery).queryAs(ButtonBase.class);
        robot.interact(button::fire);
    }

    static void press(FxRobot robot, ButtonBase button) {
        robot.interact(button::fire);
    }

    String undoText() {
        return main.undoState().undoTextProperty().get();
    }
}
