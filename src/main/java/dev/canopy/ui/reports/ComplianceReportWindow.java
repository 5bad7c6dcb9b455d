package dev.canopy.ui.reports;

import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.reports.ComplianceFilter;
import dev.canopy.reports.ComplianceGroup;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.reports.Grouping;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ThemeManager;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The compliance report (Reports → Compliance report…, Ctrl+Shift+R): filters above, the rows grouped with their
 * totals, and what a technician does with it: export to CSV, print, open the chosen computers in the Computers tab.
 */
public final class ComplianceReportWindow {

    private final ComplianceReportViewModel model;
    private final Stage stage = new Stage();
    private final ReportTable table = new ReportTable();
    private final ChangeListener<ComplianceReport> onReport = (obs, old, report) -> show(report);

    public ComplianceReportWindow(Window owner, ComplianceReportViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Compliance report");
        Button run = new Button("_Run", AppIcon.REPORT.view());
        run.setId("runReportButton");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        Button export = new Button("_Export CSV…", AppIcon.EXPORT.view());
        export.setId("exportReportButton");
        export.setOnAction(e -> exportCsv());
        Button print = new Button("_Print…");
        print.setId("printReportButton");
        print.setOnAction(e -> new ReportPrinting(stage, model).print());
        Button open = new Button("Open in C_omputers", AppIcon.COMPUTERS.view());
        open.setId("openReportComputersButton");
        open.setTooltip(new Tooltip("Show the selected rows' computers in the Computers tab, to reassign them or look closer"));
        open.setOnAction(e -> model.openComputers(table.selectedRows()));
        Button deployment = new Button("Open _deployment", AppIcon.DEPLOYMENTS.view());
        deployment.setId("openReportDeploymentButton");
        deployment.setTooltip(new Tooltip("Show the selected row's effective deployment in the Deployments tab of its computer's tenant"));
        deployment.setOnAction(e -> table.selectedRows().stream().findFirst().ifPresent(model::openDeployment));
        deployment.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var item = table.getSelectionModel().getSelectedItem();
            return item == null || item.getValue() == null || item.getValue().row() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        for (Button b : List.of(export, print)) {
            b.disableProperty().bind(model.reportProperty().isNull());
        }
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        Label message = new Label();
        message.setId("reportMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, run, gap, open, deployment, export, print);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, filters(), actions, message);
        top.setPadding(new Insets(12, 12, 8, 12));
        BorderPane root = new BorderPane(table, top, null, null, null);
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
        root.setId("complianceReport");
        Scene scene = new Scene(root, 1040, 680);
        ThemeManager.style(scene);
        stage.setScene(scene);
        model.reportProperty().addListener(onReport);
        stage.setOnHidden(e -> {
            model.reportProperty().removeListener(onReport);
            model.dispose();
        });
    }

    public void show() {
        stage.show();
        model.run();
    }

    private FlowPane filters() {
        ComboBox<UUID> tenant = new ComboBox<>();
        tenant.setId("reportTenant");
        List<UUID> choices = new ArrayList<>();
        choices.add(null);
        model.tenantChoices().forEach(n -> choices.add(n.id()));
        tenant.setItems(FXCollections.observableArrayList(choices));
        tenant.setConverter(dev.canopy.ui.common.ChoiceText.of(model::tenantName));
        tenant.valueProperty().bindBidirectional(model.tenantProperty());
        tenant.setPrefWidth(220);
        CheckBox subtree = new CheckBox("_With sub-tenants");
        subtree.setId("reportIncludeSubTenants");
        subtree.selectedProperty().bindBidirectional(model.includeSubTenantsProperty());
        subtree.disableProperty().bind(tenant.valueProperty().isNull());
        TextField software = new TextField();
        software.setId("reportSoftware");
        software.setPromptText("Software (any; commas for several)");
        software.textProperty().bindBidirectional(model.softwareProperty());
        software.setOnAction(e -> model.run());
        software.setPrefWidth(220);
        ComboBox<Enforcement> enforcement = new ComboBox<>();
        enforcement.setId("reportEnforcement");
        List<Enforcement> enforcements = new ArrayList<>();
        enforcements.add(null);
        enforcements.addAll(Arrays.asList(Enforcement.values()));
        enforcement.setItems(FXCollections.observableArrayList(enforcements));
        enforcement.setConverter(dev.canopy.ui.common.ChoiceText.of(e -> e == null ? "Any enforcement" : e.label()));
        enforcement.valueProperty().bindBidirectional(model.enforcementProperty());
        ComboBox<ComplianceFilter.Status> status = new ComboBox<>(FXCollections.observableArrayList(ComplianceFilter.Status.values()));
        status.setId("reportStatus");
        status.setConverter(dev.canopy.ui.common.ChoiceText.of(s -> switch (s) {
            case ALL -> "Compliant and not";
            case COMPLIANT -> "Compliant only";
            case NON_COMPLIANT -> "Non-compliant only";
        }));
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<Grouping> grouping = new ComboBox<>(FXCollections.observableArrayList(Grouping.values()));
        grouping.setId("reportGrouping");
        grouping.setConverter(dev.canopy.ui.common.ChoiceText.of(g -> g == Grouping.TENANT ? "Group by tenant" : "Group by software"));
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        FlowPane pane = new FlowPane(10, 8, tenant, subtree, software, enforcement, status, grouping);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private void show(ComplianceReport report) {
        TreeItem<ReportTable.Line> root = new TreeItem<>();
        if (report != null) {
            for (ComplianceGroup group : report.groups()) {
                TreeItem<ReportTable.Line> item = new TreeItem<>(ReportTable.Line.of(group, report.grouping()));
                for (ComplianceRow row : group.rows()) {
                    item.getChildren().add(new TreeItem<>(ReportTable.Line.of(row, report.grouping())));
                }
                item.setExpanded(report.groups().size() <= 30);  // a long report opens folded: its groups' totals first
                root.getChildren().add(item);
            }
        }
        table.setRoot(root);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the compliance report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (spreadsheet)", "*.csv"));
        chooser.setInitialFileName("compliance-" + LocalDate.now() + ".csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }
}
