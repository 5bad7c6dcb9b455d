package dev.canopy.ui.computers;

import dev.canopy.ui.common.Plural;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.reassign.ReassignPreview;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.UUID;

/** The what-if sheet: everything a reassignment would change, shown before anything changes. */
final class WhatIfDialog extends Dialog<ButtonType> {

    static final ButtonType REASSIGN = new ButtonType("Reassign", ButtonBar.ButtonData.OK_DONE);

    private final TenantHierarchy hierarchy;

    WhatIfDialog(Window owner, ReassignPreview preview, TenantHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        initOwner(owner);
        String target = name(preview.targetTenantId());
        setTitle("Reassign computers");
        setHeaderText("Reassign " + Plural.count(preview.computers(), "computer") + " to " + target + "?");
        getDialogPane().setId("whatIfDialog");
        getDialogPane().getButtonTypes().addAll(REASSIGN, ButtonType.CANCEL);

        VBox body = new VBox(10);
        body.setPadding(new Insets(4, 4, 4, 4));
        if (preview.changesNothing()) {
            body.getChildren().add(line("Nothing else changes: the same deployments, settings and time zone apply there.", "whatIfNothing"));
        }
        section(body, "Deployments gained", "whatIfGained", preview.gained().stream().map(c -> deployment(c.deployment()) + count(c.computers())).toList(),
                "None");
        section(body, "Deployments lost", "whatIfLost", preview.lost().stream().map(c -> deployment(c.deployment()) + count(c.computers())).toList(),
                "None");
        section(body, "Schedules that will apply", "whatIfSchedules", preview.schedulesAfter().stream()
                .map(s -> s.schedule().name() + " — " + describe(s.schedule().cron()) + (s.inherited() ? " (from " + name(s.ownerTenantId()) + ")" : ""))
                .toList(), "No maintenance schedule applies in " + target);
        section(body, "Time zone", "whatIfZone", List.of(preview.timeZonesBefore().equals(java.util.Set.of(preview.timeZoneAfter()))
                ? preview.timeZoneAfter() + " (unchanged)"
                : String.join(", ", preview.timeZonesBefore()) + " → " + preview.timeZoneAfter()), "");
        section(body, "Settings that change", "whatIfPreferences", preview.preferenceChanges().stream()
                .map(c -> c.setting().label() + ": " + c.before() + " → " + c.after() + " (from " + c.fromTenant() + ")").toList(), "None");
        section(body, "Computers that become non-compliant", "whatIfNonCompliant", preview.becomingNonCompliant(), "None");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 440);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(660);
        // Enter confirms, Esc cancels: the keyboard path through a reassignment
        setOnShown(e -> javafx.application.Platform.runLater(() -> getDialogPane().lookupButton(REASSIGN).requestFocus()));
    }

    /** Shows the sheet without blocking the caller; runs onConfirm if the technician chooses Reassign. */
    void ask(Runnable onConfirm) {
        setOnHidden(e -> {
            if (REASSIGN.equals(getResult())) {
                onConfirm.run();
            }
        });
        show();
    }

    private static void section(VBox body, String title, String id, List<String> lines, String empty) {
        Label heading = new Label(title);
        heading.getStyleClass().add("text-bold");
        VBox items = new VBox(2);
        items.setId(id);
        if (lines.isEmpty()) {
            items.getChildren().add(line(empty, null));
        } else {
            int shown = Math.min(lines.size(), 50);
            lines.subList(0, shown).forEach(l -> items.getChildren().add(line("• " + l, null)));
            if (lines.size() > shown) {
                items.getChildren().add(line(String.format("… and %,d more", lines.size() - shown), null));
            }
        }
        body.getChildren().addAll(heading, items);
    }

    private static Label line(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private String deployment(Deployment d) {
        String version = d.version().isEmpty() ? "" : " " + d.version();
        return d.software() + ": " + d.desiredState().label() + version + " (" + d.scope().label() + ", " + name(d.ownerTenantId()) + ")";
    }

    private static String count(int computers) {
        return " — " + Plural.count(computers, "computer");
    }

    private static String describe(String cron) {
        try {
            return dev.canopy.domain.schedule.Recurrence.fromCron(cron).describe();
        } catch (RuntimeException invalid) {
            return cron;
        }
    }

    private String name(UUID tenant) {
        return hierarchy.node(tenant).map(TenantNode::name).orElse("?");
    }
}
