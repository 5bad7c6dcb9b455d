package dev.canopy.ui.computers;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.reassign.ReassignPreview;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.stage.Window;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reassigning computers: compute the what-if preview in the background, show it, and on confirm
 * run one command (one transaction, one undo step). Used by drag and drop and by "Reassign…".
 */
public final class ReassignFlow {

    private final EditorServices main;
    private final Supplier<Window> window;

    public ReassignFlow(EditorServices main, Supplier<Window> window) {
        this.main = main;
        this.window = window;
    }

    public void start(List<UUID> computerIds, UUID target) {
        TenantHierarchy hierarchy = main.tenants().hierarchyProperty().get();
        String targetName = hierarchy.node(target).map(TenantNode::name).orElse("?");
        main.notices().setNotice(String.format("Working out what reassigning %,d computer(s) to %s changes…", computerIds.size(), targetName));
        main.tasks().load(this, () -> preview(hierarchy, computerIds, target), preview -> {
            main.notices().setNotice("");
            new WhatIfDialog(window.get(), preview, hierarchy).ask(() -> apply(computerIds, target, targetName));
        }, error -> ErrorDialogs.show(window.get(), "Cannot preview the reassignment", error));
    }

    private ReassignPreview preview(TenantHierarchy hierarchy, List<UUID> ids, UUID target) {
        var store = main.store().current();
        List<Computer> computers = store.computersByIds(ids, true);
        Set<UUID> onPaths = new LinkedHashSet<>();
        hierarchy.path(target).forEach(n -> onPaths.add(n.id()));
        computers.stream().map(Computer::tenantId).distinct().forEach(t -> hierarchy.path(t).forEach(n -> onPaths.add(n.id())));
        LatestKnownVersions latest = new LatestKnownVersions();
        latest.addAll(store.knownSoftwareVersions());
        return ReassignPreview.of(new ReassignPreview.Inputs(hierarchy, computers, store.records(DeploymentKind.INSTANCE, onPaths),
                store.records(ScheduleKind.INSTANCE, onPaths), TenantPreference.index(store.preferences()), latest), target);
    }

    private void apply(List<UUID> ids, UUID target, String targetName) {
        main.notices().setNotice(String.format("Reassigning %,d computer(s) to %s…", ids.size(), targetName));
        main.commands().execute(ReassignComputers.to(target, ids), applied -> { },
                error -> ErrorDialogs.show(window.get(), "The computers were not reassigned", error));
    }
}
