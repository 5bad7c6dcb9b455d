package dev.canopy.ui.preferences;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The Preferences tab on the real window: Northwind (MSP) → Acme (client) → Acme Berlin (sub),
 * and Globex (client); Acme has two computers and Acme Berlin one.
 */
abstract class PreferencesTabSupport extends AppTestSupport {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "seed");
    static final SettingDefinition PROMPT = PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES;

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID berlin = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    final UUID acmeServer = UUID.randomUUID();
    final UUID acmeLaptop = UUID.randomUUID();
    final UUID berlinLaptop = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(berlin, acme, "Acme Berlin", TenantKind.SUB));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT));
            writer.computer(computer(acmeServer, "ACM-SRV-01", acme, "server"));
            writer.computer(computer(acmeLaptop, "ACM-LT-02", acme, "laptop"));
            writer.computer(computer(berlinLaptop, "BER-LT-01", berlin, "laptop"));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, List.of(), META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, String tag) {
        return new Computer(id, name, tenant, "SN-" + name, id.toString(), "Windows 11 Pro", "24H2", Instant.now(), null,
                List.of(tag), List.of(), META);
    }

    /** Finds a tenant with the tree's search, as a technician would, and shows its Preferences tab. */
    void open(String tenant) throws Exception {
        robot.clickOn("#tenantSearch").push(KeyCode.CONTROL, KeyCode.A).write(tenant);
        settle();
        robot.clickOn(cell(tenant));
        robot.clickOn("#preferencesTab");
        settle();
        waitFor(() -> tenant.equals(view().table().getRoot() == null ? null : shownTenant()));
    }

    private String shownTenant() {
        var title = robot.lookup("#preferencesTitle").queryLabeled().getText();
        return title.startsWith("Preferences of ") ? title.substring("Preferences of ".length()) : "";
    }

    PreferencesView view() {
        return robot.lookup(".preferences-view").queryAs(PreferencesView.class);
    }

    /** The setting's line as loaded. */
    PreferenceRow row(SettingDefinition setting) {
        for (TreeItem<TableEntry> area : view().table().getRoot().getChildren()) {
            for (TreeItem<TableEntry> item : area.getChildren()) {
                if (item.getValue() instanceof PreferenceRow r && r.key().equals(setting.key())) {
                    return r;
                }
            }
        }
        throw new AssertionError("no line for " + setting.key());
    }

    /** What the table shows on a setting's line, cell by cell (scrolled into view first). */
    List<String> shownLine(SettingDefinition setting) throws Exception {
        scrollTo(setting);
        TreeTableRow<?> line = tableRow(setting);
        return cells(line).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** The cells of a line, left to right. */
    List<TreeTableCell<?, ?>> cells(TreeTableRow<?> line) {
        List<TreeTableCell<?, ?>> cells = new ArrayList<>();
        for (Node node : line.lookupAll(".tree-table-cell")) {
            cells.add((TreeTableCell<?, ?>) node);
        }
        cells.sort(Comparator.comparingDouble(Node::getLayoutX));
        return cells;
    }

    TreeTableRow<?> tableRow(SettingDefinition setting) {
        return robot.lookup("#preferenceTable .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> r.getItem() instanceof PreferenceRow p && p.key().equals(setting.key()) && r.isVisible())
                .queryAs(TreeTableRow.class);
    }

    void scrollTo(SettingDefinition setting) throws Exception {
        robot.interact(() -> view().table().scrollTo(Math.max(0, view().table().indexOf(setting.key()) - 2)));
        settle();
    }

    /** Clicks a setting's line, which opens its editor below the table. */
    void select(SettingDefinition setting) throws Exception {
        scrollTo(setting);
        robot.clickOn(cells(tableRow(setting)).get(0));
        settle();
        waitFor(() -> robot.lookup("#preferenceTitle").tryQuery().map(n -> ((Labeled) n).getText().equals(setting.label())).orElse(false));
    }

    /** Replaces the text of a field by typing. */
    void retype(String fieldQuery, String text) {
        TextField field = robot.lookup(fieldQuery).queryAs(TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    boolean disabled(String query) {
        return robot.lookup(query).query().isDisabled();
    }

    boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
