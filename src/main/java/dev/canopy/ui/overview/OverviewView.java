package dev.canopy.ui.overview;

import dev.canopy.domain.computer.ComputerStatus;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.domain.person.Role;
import dev.canopy.reports.FleetFacts;
import dev.canopy.reports.TenantOverview;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ComputerShortlist;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.PieChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Overview tab's page (the first tab; a tenant opens on it): computers by status, compliance, the software most often
 * failing, people by role, recent maintenance (failures first), the software inventory, and for the MSP root its
 * clients ranked by non-compliance. Every count is a link to the computers behind it.
 */
public final class OverviewView extends ScrollPane {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> STATUS_CLASSES = List.of("overview-online", "overview-offline", "overview-stale");
    private static final List<String> VERDICT_CLASSES = List.of("overview-compliant", "overview-failing", "overview-unknown");

    private final OverviewViewModel model;
    private final ChangeListener<TenantOverview> onOverview;
    private final Label title = new Label();
    private final CheckBox subtree;
    private final Label asOf = new Label();
    private final Label computers = OverviewCards.figure("overviewComputers");
    private final Label compliant = OverviewCards.figure("overviewCompliant");
    private final PieChart statusPie = OverviewCards.pie("statusChart");
    private final PieChart compliancePie = OverviewCards.pie("complianceChart");
    private final Map<ComputerStatus, Hyperlink> statusLinks = new EnumMap<>(ComputerStatus.class);
    private final Map<FleetFacts.Verdict, Hyperlink> verdictLinks = new EnumMap<>(FleetFacts.Verdict.class);
    private final VBox failing = new VBox(4);
    private final VBox people = new VBox(4);
    private final SessionsTable sessions;
    private final InventoryTable inventory;
    private final ClientsTable clients;
    private final GridPane grid = OverviewCards.twoColumns();
    private VBox content;

    /** showing: whether the page is in front (its tab selected); it reads the overview only then. */
    public OverviewView(EditorServices main, Consumer<ComputerShortlist> openComputers, Consumer<dev.canopy.ui.common.PeopleShortlist> openPeople,
                        javafx.beans.value.ObservableBooleanValue showing) {
        model = new OverviewViewModel(main.tenants(), main.store(), main.tasks(), dev.canopy.ui.common.DisplayZone.clock(), openComputers, openPeople);
        model.showingProperty().bind(showing);
        sessions = new SessionsTable(model);
        inventory = new InventoryTable(model);
        clients = new ClientsTable(model);

        title.getStyleClass().add("title-3");
        title.setId("overviewTitle");
        subtree = new CheckBox("Include sub-tenants");
        subtree.setId("overviewIncludeSubTenants");
        subtree.selectedProperty().bindBidirectional(model.includeSubTenantsProperty());
        Label note = new Label();
        note.setId("overviewNote");
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(model.noteProperty());
        asOf.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.Button picture = new javafx.scene.control.Button("Export PNG…", AppIcon.EXPORT.view());
        picture.setId("overviewExportButton");
        picture.getStyleClass().add("small");
        picture.setOnAction(e -> exportPng(main));
        picture.disableProperty().bind(model.overviewProperty().isNull());
        HBox head = new HBox(12, title, subtree, gap, note, asOf, picture);
        head.setAlignment(Pos.CENTER_LEFT);

        grid.add(statusCard(), 0, 0);
        grid.add(complianceCard(), 1, 0);
        grid.add(OverviewCards.card("Most often non-compliant", failing), 0, 1);
        grid.add(OverviewCards.card("People by role", people), 1, 1);
        grid.add(OverviewCards.card("Recent maintenance — failures first", sessions), 0, 2, 2, 1);
        content = new VBox(14, head, grid);
        content.setPadding(new Insets(12));
        content.setId("overviewContent");
        content.getStylesheets().add(java.util.Objects.requireNonNull(OverviewView.class.getResource("/dev/canopy/ui/overview.css")).toExternalForm());
        setContent(content);
        setFitToWidth(true);
        onOverview = (obs, old, now) -> show(now);
        model.overviewProperty().addListener(onOverview);
        model.refresh();
    }

    public void dispose() {
        model.overviewProperty().removeListener(onOverview);
        model.showingProperty().unbind();
        model.dispose();
    }

    /** The overview as it looks now, as a PNG (for a report or a ticket). */
    private void exportPng(EditorServices main) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the overview as a picture");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG image", "*.png"));
        TenantOverview shown = model.overviewProperty().get();
        chooser.setInitialFileName("overview-" + shown.tenantName().replaceAll("[^A-Za-z0-9-]+", "-") + "-" + java.time.LocalDate.now() + ".png");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            dev.canopy.ui.common.ImageExport.png(content, file.toPath(), main.tasks(), main.notices()::setNotice);
        }
    }

    private javafx.scene.Node statusCard() {
        VBox rows = new VBox(4);
        for (ComputerStatus status : ComputerStatus.values()) {
            Hyperlink link = OverviewCards.link("status-" + status.name(), () -> model.openStatus(status));
            statusLinks.put(status, link);
            String word = status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            rows.getChildren().add(OverviewCards.countRow(STATUS_CLASSES.get(status.ordinal()), word, link));
        }
        rows.getChildren().add(OverviewCards.hint("Online: seen in the last 15 minutes. Stale: not seen for 30 days."));
        HBox.setHgrow(rows, Priority.ALWAYS);
        HBox body = new HBox(16, statusPie, rows);
        body.setAlignment(Pos.CENTER_LEFT);
        return OverviewCards.card("Computers", computers, body);
    }

    private javafx.scene.Node complianceCard() {
        VBox rows = new VBox(4);
        String[] words = {"Compliant", "Non-compliant", "No inventory yet"};
        for (FleetFacts.Verdict verdict : FleetFacts.Verdict.values()) {
            Hyperlink link = OverviewCards.link("verdict-" + verdict.name(), () -> model.openVerdict(verdict));
            verdictLinks.put(verdict, link);
            rows.getChildren().add(OverviewCards.countRow(VERDICT_CLASSES.get(verdict.ordinal()), words[verdict.ordinal()], link));
        }
        rows.getChildren().add(OverviewCards.hint("Against each computer's effective deployments; latest means the newest version seen here."));
        HBox.setHgrow(rows, Priority.ALWAYS);
        HBox body = new HBox(16, compliancePie, rows);
        body.setAlignment(Pos.CENTER_LEFT);
        return OverviewCards.card("Deployment compliance", compliant, body);
    }

    private void show(TenantOverview o) {
        if (o == null) {
            title.setText("");
            return;
        }
        title.setText(o.wholeInstance() ? o.tenantName() + " — every client" : o.tenantName());
        subtree.setDisable(o.wholeInstance());  // the top's overview is everything below it
        asOf.setText("as of " + AT.format(dev.canopy.ui.common.DisplayZone.of(o.factsAt())));
        computers.setText(String.format("%,d", o.computers()));
        List<Integer> status = new ArrayList<>();
        for (ComputerStatus s : ComputerStatus.values()) {
            statusLinks.get(s).setText(String.format("%,d", o.status().get(s)));
            status.add(o.status().get(s));
        }
        OverviewCards.slices(statusPie, STATUS_CLASSES, status);
        List<Integer> verdicts = new ArrayList<>();
        for (FleetFacts.Verdict v : FleetFacts.Verdict.values()) {
            verdictLinks.get(v).setText(String.format("%,d", o.compliance().get(v)));
            verdicts.add(o.compliance().get(v));
        }
        OverviewCards.slices(compliancePie, VERDICT_CLASSES, verdicts);
        compliant.setText(o.compliantPercent().map(p -> String.format("%.0f%% compliant", Math.floor(p))).orElse("No inventory yet"));
        showFailing(o);
        showPeople(o);
        sessions.show(o.sessions());
        grid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 3);
        if (o.wholeInstance()) {
            grid.add(inventory.card(), 0, 3);
            grid.add(clients.card(), 1, 3);
        } else {
            grid.add(inventory.card(), 0, 3, 2, 1);
        }
        inventory.show(o.inventory());
        clients.show(o.clients());
    }

    private void showFailing(TenantOverview o) {
        failing.getChildren().clear();
        if (o.failingSoftware().isEmpty()) {
            failing.getChildren().add(OverviewCards.hint("Every computer with an inventory meets its deployments."));
            return;
        }
        for (FleetFacts.Count c : o.failingSoftware()) {
            Hyperlink link = OverviewCards.link("failing-" + c.name().replaceAll("[^A-Za-z0-9]", ""), () -> model.openFailing(c.name()));
            link.setText(String.format("%,d", c.computers()));
            failing.getChildren().add(OverviewCards.countRow("overview-failing", c.name(), link));
        }
    }

    private void showPeople(TenantOverview o) {
        people.getChildren().clear();
        int total = 0;
        for (Map.Entry<Optional<Role>, Integer> entry : o.people().entrySet()) {
            total += entry.getValue();
        }
        Label all = OverviewCards.figure("overviewPeople");
        all.setText(String.format("%,d", total));
        people.getChildren().add(all);
        for (Role role : Role.values()) {
            people.getChildren().add(personRow(PersonRules.label(role), Optional.of(role), o));
        }
        people.getChildren().add(personRow("No app access", Optional.empty(), o));
    }

    /** A role's count, a link to those people in the Users tab. */
    private HBox personRow(String what, Optional<Role> role, TenantOverview o) {
        Hyperlink number = OverviewCards.link("people-" + role.map(Role::name).orElse("NONE"), () -> model.openPeople(role));
        number.setText(String.format("%,d", o.people().getOrDefault(role, 0)));
        return OverviewCards.countRow("overview-person", what, number);
    }
}
