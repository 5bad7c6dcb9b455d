package dev.canopy.ui.deployments;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.deployment.ReachingDeployment;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import dev.canopy.ui.SceneSnapshot;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The Deployments tab on the real window, driven as a technician would. */
class DeploymentsTabTest extends AppTestSupport {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID contoso = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID acmeTools = UUID.randomUUID();

    @BeforeEach
    void start() throws Exception {
        launch(this::seed);
    }

    /** Through the sample writer, the one way to seed computers; it takes tenants, deployments and settings too. */
    private void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(berlin, acme, "Acme Berlin", TenantKind.SUB));
            writer.tenant(tenant(contoso, msp, "Contoso", TenantKind.CLIENT));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT));
            writer.deployment(deployment(UUID.randomUUID(), msp, "7-Zip", DesiredState.LATEST, "", DeploymentScope.CROSS_TENANT, false, ""));
            writer.deployment(deployment(UUID.randomUUID(), acme, "Google Chrome", DesiredState.AT_LEAST, "120.0", DeploymentScope.TENANT, true, ""));
            writer.deployment(deployment(acmeTools, acme, "Acme Tools", DesiredState.ANY_VERSION, "", DeploymentScope.TENANT, false, ""));
            writer.deployment(deployment(UUID.randomUUID(), acme, "7-Zip", DesiredState.NOT_PRESENT, "", DeploymentScope.TAG, false, "kiosk"));
            writer.preference(TenantPreference.of(PreferenceCatalogue.EXCLUDE_FROM_CROSS_TENANT, contoso, PreferenceMode.OVERRIDE, "true", META));
            writer.computer(new Computer(UUID.randomUUID(), "BER-KIOSK-01", berlin, "SN-1", "dev-1", "Windows 11 Pro", "24H2",
                    Instant.now(), null, List.of("kiosk"), List.of(), META));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    private static Deployment deployment(UUID id, UUID owner, String software, DesiredState state, String version,
                                         DeploymentScope scope, boolean children, String tag) {
        return new Deployment(id, owner, software, state, version, Enforcement.REQUIRED, scope, children, List.of(), tag,
                DeploymentOrder.UNORDERED, true, META);
    }

    private void openTab(String tenant) throws Exception {
        if (tenant.equals("Acme Berlin")) {
            expand("Acme");
        }
        robot.clickOn(cell(tenant));
        robot.clickOn("#deploymentsTab");
        settle();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReachingDeployment> table() {
        return robot.lookup("#deploymentTable").queryAs(TableView.class);
    }

    /** Each row as its cells read: Software, Desired state, Enforcement, Scope, Order, Enabled, From. */
    private List<List<String>> shownRows() {
        TableView<ReachingDeployment> table = table();
        return table.getItems().stream().map(row -> table.getColumns().stream()
                .map(c -> String.valueOf(((TableColumn<ReachingDeployment, ?>) c).getCellObservableValue(row).getValue()))
                .toList()).toList();
    }

    /** The row of a software whose "From" cell reads {@code from}. */
    @SuppressWarnings("unchecked")
    private Node row(String software, String from) {
        return robot.lookup("#deploymentTable .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<ReachingDeployment>) n)
                .filter(r -> r.getItem() != null && r.getItem().deployment().software().equals(software)
                        && DeploymentText.from(r.getItem(), this::tenantName).equals(from))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + software + " / " + from));
    }

    private void clickRow(String software, String from) throws Exception {
        robot.clickOn(row(software, from));
        settle();
    }

    private String tenantName(UUID id) {
        return hierarchy().node(id).orElseThrow().name();
    }

    /** The "why" panel's entries: software -> the winner line, then one line per beaten deployment. */
    private Map<String, List<String>> why() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Node entry : robot.lookup("#whyList .why-entry").queryAll()) {
            out.put(String.valueOf(entry.getUserData()), ((VBox) entry).getChildren().stream().map(n -> ((Label) n).getText()).toList());
        }
        return out;
    }

    private List<Deployment> storedOf(UUID tenant) {
        return model().current().records(DeploymentKind.INSTANCE, List.of(tenant));
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void createsATenantDeploymentThroughTheDialog() throws Exception {
        openTab("Acme");
        robot.clickOn("#newDeploymentButton");
        Button ok = robot.lookup("#deploymentOkButton").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(text("#deploymentSoftwareError")).isEqualTo("Software is required.");

        robot.clickOn("#deploymentSoftwareField").write("Mozilla Firefox");
        ComboBox<DesiredState> state = robot.lookup("#deploymentStateField").queryAs(ComboBox.class);
        robot.interact(() -> state.setValue(DesiredState.AT_LEAST));
        assertThat(text("#deploymentVersionError")).isEqualTo("At least needs a version, e.g. 24.08 or 16.0.17928.");
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#deploymentVersionField").write("128.0");
        robot.clickOn("#deploymentIncludeChildren");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        settle();

        assertThat(shownRows()).contains(List.of("Mozilla Firefox", "At least 128.0", "Required", "Tenant + children",
                "Unordered", "Yes", "Own"));
        assertThat(table().getSelectionModel().getSelectedItem().deployment().software()).isEqualTo("Mozilla Firefox");
        assertThat(storedOf(acme)).filteredOn(d -> d.software().equals("Mozilla Firefox")).singleElement().satisfies(d -> {
            assertThat(d.ownerTenantId()).isEqualTo(acme);
            assertThat(d.scope()).isEqualTo(DeploymentScope.TENANT);
            assertThat(d.includeChildTenants()).isTrue();
            assertThat(d.desiredState()).isEqualTo(DesiredState.AT_LEAST);
            assertThat(d.version()).isEqualTo("128.0");
            assertThat(d.enabled()).isTrue();
        });
        assertThat(model().undoState().undoTextProperty().get()).isEqualTo("Undo creation of deployment of Mozilla Firefox");
    }

    @Test
    void aVersionForLatestIsRefusedAtTheVersionFieldAndNothingIsSaved() throws Exception {
        openTab("Acme");
        robot.clickOn("#newDeploymentButton");
        robot.clickOn("#deploymentSoftwareField").write("Mozilla Firefox");
        Button ok = robot.lookup("#deploymentOkButton").queryButton();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#deploymentVersionField").write("128.0");

        assertThat(text("#deploymentVersionError"))
                .isEqualTo("Version is only used with Specific version or At least (got \"128.0\" for Latest).");
        assertThat(text("#deploymentSoftwareError")).isEmpty();
        assertThat(ok.isDisabled()).isTrue();

        // and cross-tenant scope is the MSP's alone: said at the scope field
        ComboBox<DeploymentScope> scope = robot.lookup("#deploymentScopeField").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue(DeploymentScope.CROSS_TENANT));
        assertThat(text("#deploymentScopeError")).startsWith("Only the MSP tenant can own a cross-tenant deployment");
        assertThat(text("#deploymentVersionError")).startsWith("Version is only used with");
        snapshot("deployments-dialog", "#deploymentDialog");

        robot.clickOn(robot.lookup("#deploymentDialog .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
        settle();
        assertThat(storedOf(acme)).extracting(Deployment::software).doesNotContain("Mozilla Firefox");
        assertThat(shownRows()).extracting(r -> r.get(0)).doesNotContain("Mozilla Firefox");
    }

    @Test
    void theMspsCrossTenantDeploymentShowsOnAClientAsCrossTenantAndReadOnly() throws Exception {
        openTab("Globex");
        assertThat(shownRows()).containsExactly(List.of("7-Zip", "Latest", "Required", "Cross-tenant", "Unordered", "Yes", "Cross-tenant"));
        clickRow("7-Zip", "Cross-tenant");
        assertThat(robot.lookup("#editDeploymentButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteDeploymentButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#makeExceptionButton").queryAs(MenuButton.class).isDisabled()).isFalse();
        assertThat(text("#deploymentHint")).isEqualTo("7-Zip is a cross-tenant deployment of Northwind: edit it there, or make an exception here.");

        // a client that opts out does not get it, and says why
        robot.clickOn(cell("Contoso"));
        settle();
        assertThat(shownRows()).isEmpty();
        assertThat(text("#deploymentHint")).startsWith("Contoso opts out of cross-tenant deployments");

        // on the MSP it is its own
        robot.clickOn(cell("Northwind"));
        settle();
        assertThat(shownRows()).containsExactly(List.of("7-Zip", "Latest", "Required", "Cross-tenant", "Unordered", "Yes", "Own"));
    }

    @Test
    void aDeploymentIncludingChildTenantsShowsOnTheSubTenantAsInheritedFromItsOwner() throws Exception {
        openTab("Acme Berlin");
        assertThat(shownRows()).containsExactly(
                List.of("7-Zip", "Not present", "Required", "Tag: kiosk", "Unordered", "Yes", "Inherited from Acme"),
                List.of("Google Chrome", "At least 120.0", "Required", "Tenant + children", "Unordered", "Yes", "Inherited from Acme"),
                List.of("7-Zip", "Latest", "Required", "Cross-tenant", "Unordered", "Yes", "Cross-tenant"));
        // "Acme Tools" reaches Acme's own computers only
        clickRow("Google Chrome", "Inherited from Acme");
        assertThat(robot.lookup("#editDeploymentButton").queryButton().isDisabled()).isTrue();
        assertThat(text("#deploymentHint")).isEqualTo("Google Chrome is inherited from Acme: edit it there, or make an exception here.");
    }

    @Test
    void anExceptionHereWinsInTheWhyPanelAndUndoRemovesIt() throws Exception {
        openTab("Acme Berlin");
        assertThat(why().get("7-Zip")).containsExactly("7-Zip: Latest, CROSS_TENANT scope from Northwind — wins.",
                "No other deployment of 7-Zip reaches this computer.");

        clickRow("7-Zip", "Cross-tenant");
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Not present here (remove it)");
        settle();

        assertThat(storedOf(berlin)).singleElement().satisfies(d -> {
            assertThat(d.software()).isEqualTo("7-Zip");
            assertThat(d.desiredState()).isEqualTo(DesiredState.NOT_PRESENT);
            assertThat(d.scope()).isEqualTo(DeploymentScope.TENANT);
            assertThat(d.includeChildTenants()).isTrue();
        });
        assertThat(shownRows().get(0)).isEqualTo(List.of("7-Zip", "Not present", "Required", "Tenant + children", "Unordered", "Yes", "Own"));
        assertThat(why().get("7-Zip")).containsExactly(
                "7-Zip: Not present, TENANT scope of Acme Berlin and its child tenants — wins.",
                "Beats Latest, CROSS_TENANT scope from Northwind: TENANT scope beats CROSS_TENANT scope.");
        // the new exception is selected, and its software marked in the why panel
        assertThat(table().getSelectionModel().getSelectedItem().deployment().ownerTenantId()).isEqualTo(berlin);
        snapshot("deployments", "#deploymentTable");

        robot.clickOn("#undoButton");
        settle();
        assertThat(storedOf(berlin)).isEmpty();
        assertThat(shownRows()).extracting(r -> r.get(6)).doesNotContain("Own");
        assertThat(why().get("7-Zip")).containsExactly("7-Zip: Latest, CROSS_TENANT scope from Northwind — wins.",
                "No other deployment of 7-Zip reaches this computer.");
    }

    @Test
    void theWhyPanelExplainsTagsNearerTenantsAndRealComputers() throws Exception {
        openTab("Acme Berlin");
        robot.clickOn("#whyTagsField").write("Kiosk");
        assertThat(why().get("7-Zip")).containsExactly(
                "7-Zip: Not present, TAG scope for computers tagged \"kiosk\" in Acme — wins.",
                "Beats Latest, CROSS_TENANT scope from Northwind: TAG scope beats CROSS_TENANT scope.");

        // an Ignore exception to the inherited Chrome wins because Berlin is nearer than Acme
        clickRow("Google Chrome", "Inherited from Acme");
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Ignore here (leave it as it is)");
        settle();
        assertThat(why().get("Google Chrome")).containsExactly(
                "Google Chrome: Ignore, TENANT scope of Acme Berlin and its child tenants — wins.",
                "Beats At least 120.0, TENANT scope of Acme and its child tenants: Acme Berlin is nearer than Acme.");

        // the real kiosk computer of Berlin: its own tags count, the typed ones do not
        ComboBox<WhyComputer> picker = robot.lookup("#whyComputerPicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(WhyComputer::name).containsExactly("Any computer of Acme Berlin", "BER-KIOSK-01");
        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("BER-KIOSK-01")).queryAs(Node.class));
        assertThat(picker.getValue().name()).isEqualTo("BER-KIOSK-01");
        assertThat(text("#whyComputerTags")).isEqualTo("Tags: kiosk");
        assertThat(why().get("7-Zip").get(0)).isEqualTo("7-Zip: Not present, TAG scope for computers tagged \"kiosk\" in Acme — wins.");
        clickRow("7-Zip", "Cross-tenant");
        snapshot("deployments-why", "#deploymentTable");
    }

    @Test
    void editsAnOwnDeploymentAndDeletesItAfterConfirming() throws Exception {
        openTab("Acme");
        robot.doubleClickOn(row("Acme Tools", "Own"));
        ComboBox<DesiredState> state = robot.lookup("#deploymentStateField").queryAs(ComboBox.class);
        robot.interact(() -> state.setValue(DesiredState.SPECIFIC_VERSION));
        Button ok = robot.lookup("#deploymentOkButton").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#deploymentVersionField").write("2.1");
        robot.clickOn(ok);
        settle();
        assertThat(storedOf(acme)).filteredOn(d -> d.id().equals(acmeTools)).singleElement()
                .satisfies(d -> assertThat(d.version()).isEqualTo("2.1"));
        assertThat(shownRows()).contains(List.of("Acme Tools", "Specific version 2.1", "Required", "Tenant", "Unordered", "Yes", "Own"));

        robot.clickOn("#deleteDeploymentButton");
        robot.clickOn(robot.lookup("#deleteDeploymentConfirm .button").match(n -> "OK".equals(((Button) n).getText())).queryButton());
        settle();
        assertThat(storedOf(acme)).extracting(Deployment::id).doesNotContain(acmeTools);
        assertThat(shownRows()).extracting(r -> r.get(0)).doesNotContain("Acme Tools");
    }

    @Test
    void computerScopeAsksForTheTenantsComputers() throws Exception {
        openTab("Acme Berlin");
        robot.clickOn("#newDeploymentButton");
        robot.clickOn("#deploymentSoftwareField").write("Kiosk Browser");
        ComboBox<DeploymentScope> scope = robot.lookup("#deploymentScopeField").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue(DeploymentScope.COMPUTER));
        Button ok = robot.lookup("#deploymentOkButton").queryButton();
        assertThat(text("#deploymentComputersError")).isEqualTo("Choose at least one computer for a deployment with Computer scope.");
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn(robot.lookup("#deploymentComputersField .check-box").queryAs(Node.class));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        settle();

        assertThat(storedOf(berlin)).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo(DeploymentScope.COMPUTER);
            assertThat(d.computerIds()).hasSize(1);
        });
        assertThat(shownRows().get(0)).containsSubsequence("Kiosk Browser", "1 computer", "Own");
    }

    @Test
    void aSecondExceptionForTheSameSoftwareIsRefusedWithTheReason() throws Exception {
        openTab("Acme Berlin");
        clickRow("7-Zip", "Cross-tenant");
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Not present here (remove it)");
        settle();
        clickRow("7-Zip", "Inherited from Acme");
        robot.clickOn("#makeExceptionButton");
        robot.clickOn("Ignore here (leave it as it is)");
        settle();

        assertThat(robot.lookup("#errorDialog .content").queryAs(Label.class).getText())
                .isEqualTo("Acme Berlin already has its own deployment of 7-Zip (Not present); edit that one instead.");
        assertThat(storedOf(berlin)).hasSize(1);
    }

    @Test
    void aSecondTenantDeploymentOfTheSameSoftwareIsRefusedAtTheSoftwareField() throws Exception {
        openTab("Acme");
        robot.clickOn("#newDeploymentButton");
        robot.clickOn("#deploymentSoftwareField").write("google chrome");
        Button ok = robot.lookup("#deploymentOkButton").queryButton();

        assertThat(text("#deploymentSoftwareError"))
                .isEqualTo("Acme already has a deployment of Google Chrome at Tenant scope (At least). Edit that one instead.");
        assertThat(ok.isDisabled()).isTrue();

        // the same software for a tag is how an exception is made: allowed
        ComboBox<DeploymentScope> scope = robot.lookup("#deploymentScopeField").queryAs(ComboBox.class);
        robot.interact(() -> scope.setValue(DeploymentScope.TAG));
        robot.clickOn("#deploymentTagField").write("kiosk");
        assertThat(text("#deploymentSoftwareError")).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        settle();
        assertThat(storedOf(acme)).filteredOn(d -> d.software().equalsIgnoreCase("Google Chrome")).hasSize(2);
    }

    /** Saves the window as a PNG for a human to look at, when run with -Dcanopy.snapshots=true. */
    private void snapshot(String name, String nodeInScene) throws Exception {
        SceneSnapshot.saveIfAsked(robot.lookup(nodeInScene).query().getScene(), name);
    }
}
