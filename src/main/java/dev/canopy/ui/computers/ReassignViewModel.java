package dev.canopy.ui.computers;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.reassign.ReassignPreview;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reassigning computers: the what-if preview, worked out in the background from everything on the
 * tenants' paths, then the move as one command (one transaction, one undo step).
 */
public final class ReassignViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;

    public ReassignViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
    }

    /**
     * Works out what moving the computers to the target changes. A newer preview, from this tab or a drop
     * on the tree, makes an older one go nowhere: they share one key.
     */
    public void preview(List<UUID> computerIds, UUID target, Consumer<WhatIfSheet> onReady, Consumer<Throwable> onFailure) {
        if (computerIds.isEmpty() || !store.isOpen()) {
            onFailure.accept(new RuleViolation(computerIds.isEmpty() ? "No computers are selected to reassign." : "The data folder is not open yet."));
            return;
        }
        TenantHierarchy hierarchy = tenants.hierarchy();
        notices.setNotice("Working out what reassigning " + Plural.count(computerIds.size(), "computer") + " to " + name(hierarchy, target)
                + " changes…");
        tasks.load(ReassignViewModel.class, () -> WhatIfSheet.of(preview(hierarchy, computerIds, target), hierarchy), sheet -> {
            notices.setNotice("");
            onReady.accept(sheet);
        }, error -> {
            notices.setNotice("");
            onFailure.accept(error);
        });
    }

    private ReassignPreview preview(TenantHierarchy hierarchy, List<UUID> ids, UUID target) {
        LocalStore current = store.current();
        List<Computer> computers = current.computersByIds(ids, true);
        Set<UUID> onPaths = new LinkedHashSet<>();
        hierarchy.path(target).forEach(n -> onPaths.add(n.id()));
        computers.stream().map(Computer::tenantId).distinct().forEach(t -> hierarchy.path(t).forEach(n -> onPaths.add(n.id())));
        LatestKnownVersions latest = new LatestKnownVersions();
        latest.addAll(current.knownSoftwareVersions());
        return ReassignPreview.of(new ReassignPreview.Inputs(hierarchy, computers, current.records(DeploymentKind.INSTANCE, onPaths),
                current.records(ScheduleKind.INSTANCE, onPaths), TenantPreference.index(current.preferences()), latest), target);
    }

    /** Moves the computers as one undoable command; a refusal (a computer gone, say) comes back as its error. */
    public void reassign(List<UUID> computerIds, UUID target, Consumer<Throwable> onRefused) {
        notices.setNotice("Reassigning " + Plural.count(computerIds.size(), "computer") + " to " + name(tenants.hierarchy(), target) + "…");
        commands.execute(ReassignComputers.to(target, computerIds), applied -> { }, onRefused);
    }

    private static String name(TenantHierarchy hierarchy, UUID tenant) {
        return hierarchy.node(tenant).map(TenantNode::name).orElse("?");
    }
}
