package dev.canopy.ui.computers;

import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.stage.Window;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reassigning computers on screen: the what-if sheet, and on confirm the move. Used by drag and
 * drop onto the tree and by "Reassign…".
 */
public final class ReassignFlow {

    private final ReassignViewModel model;
    private final Supplier<Window> window;

    public ReassignFlow(EditorServices main, Supplier<Window> window) {
        this(new ReassignViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices()), window);
    }

    ReassignFlow(ReassignViewModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
    }

    public void start(List<UUID> computerIds, UUID target) {
        model.preview(computerIds, target, sheet -> new WhatIfDialog(window.get(), sheet).ask(() -> model.reassign(computerIds, target,
                        error -> ErrorDialogs.show(window.get(), "The computers were not reassigned", error))),
                error -> ErrorDialogs.show(window.get(), "Cannot preview the reassignment", error));
    }
}
