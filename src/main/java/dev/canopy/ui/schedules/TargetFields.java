package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.ScheduleRules;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which computers a schedule covers (all of its tenant's, those with a tag, or chosen ones) and whether it also
 * applies to child tenants. For chosen computers it loads what can be ticked: the owner's computers, its
 * sub-tenants' too when the schedule propagates, and those already chosen elsewhere or no longer there.
 */
final class TargetFields {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final ComputerSource computers;
    private final ObjectProperty<TargetKind> kind = new SimpleObjectProperty<>(TargetKind.ALL_COMPUTERS);
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObservableSet<UUID> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final BooleanProperty propagate = new SimpleBooleanProperty(false);
    private final ObservableList<ComputerChoice> choices = FXCollections.observableArrayList();
    private final StringProperty loadStatus = new SimpleStringProperty("");
    private final StringBinding pickerStatus;
    private final Object choicesKey = new Object();
    private UUID owner;
    private boolean quiet;

    /** {@code onChange} runs after each edit the technician makes. */
    TargetFields(TenantContext tenants, StoreAccess store, TaskExecutor tasks, ComputerSource computers, Runnable onChange) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.computers = computers;
        List.<Observable>of(kind, tag, chosen, propagate).forEach(input -> input.addListener(o -> {
            if (!quiet) {
                onChange.run();
            }
        }));
        kind.addListener(o -> reloadChoices());
        propagate.addListener(o -> reloadChoices());
        pickerStatus = Bindings.createStringBinding(() -> loadStatus.get().isEmpty()
                ? chosen.size() + " of " + choices.size() + " chosen" : loadStatus.get(), loadStatus, chosen, choices);
    }

    /** Shows a stored schedule's target, owned by {@code ownerTenantId}. */
    void fill(ScheduleTarget target, boolean propagates, UUID ownerTenantId) {
        quiet = true;
        try {
            owner = ownerTenantId;
            kind.set(target.kind());
            tag.set(target.tag());
            chosen.clear();
            chosen.addAll(target.computerIds());
            propagate.set(propagates);
            choices.clear();
        } finally {
            quiet = false;
        }
        reloadChoices();
    }

    /** Shows nothing; a load still on its way goes nowhere. */
    void clear() {
        owner = null;
        tasks.dropLoad(choicesKey);
        choices.clear();
        loadStatus.set("");
    }

    /** The target entered, checked; a RuleViolation on "target" when it covers nothing. */
    ScheduleTarget target() {
        TargetKind k = kind.get() == null ? TargetKind.ALL_COMPUTERS : kind.get();
        return ScheduleRules.checkTarget(switch (k) {
            case ALL_COMPUTERS -> ScheduleTarget.allComputers();
            case TAG -> ScheduleTarget.tagged(tag.get());
            case COMPUTERS -> ScheduleTarget.computers(List.copyOf(chosen));
        });
    }

    private void reloadChoices() {
        if (quiet || owner == null || kind.get() != TargetKind.COMPUTERS || !store.isOpen()) {
            return;
        }
        // A propagating schedule reaches the sub-tenants' computers, so they can be chosen too.
        List<UUID> reached = propagate.get() ? tenants.hierarchy().subtree(owner) : List.of(owner);
        Set<UUID> wanted = new LinkedHashSet<>(chosen);
        loadStatus.set("Loading computers…");
        tasks.load(choicesKey, () -> {
            List<ComputerChoice> found = new ArrayList<>(computers.ofTenants(reached));
            Set<UUID> elsewhere = new LinkedHashSet<>(wanted);
            found.forEach(c -> elsewhere.remove(c.id()));
            if (!elsewhere.isEmpty()) {
                for (ComputerChoice c : computers.byIds(elsewhere)) {
                    found.add(c);
                    elsewhere.remove(c.id());
                }
                elsewhere.forEach(id -> found.add(ComputerChoice.missing(id)));
            }
            return found;
        }, found -> {
            choices.setAll(found);
            loadStatus.set("");
        }, error -> loadStatus.set(ErrorDialogs.messageFor(error)));
    }

    /** A choice as the picker lists it: its name, its tenant when not the owner, its tags. */
    String describe(ComputerChoice c) {
        StringBuilder text = new StringBuilder(c.name());
        if (c.tenantId() != null && !c.tenantId().equals(owner)) {
            text.append("  ·  ").append(ScheduleWording.tenantName(tenants.hierarchy(), c.tenantId()));
        }
        if (!c.tags().isEmpty()) {
            text.append("  ·  ").append(String.join(", ", c.tags()));
        }
        return text.toString();
    }

    /** The fields as entered, to tell whether anything changed. */
    record Snapshot(TargetKind kind, String tag, List<UUID> chosen, boolean propagate) {
    }

    Snapshot snapshot() {
        return new Snapshot(kind.get(), tag.get(), List.copyOf(chosen), propagate.get());
    }

    boolean propagates() {
        return propagate.get();
    }

    ObjectProperty<TargetKind> kindProperty() {
        return kind;
    }

    StringProperty tagProperty() {
        return tag;
    }

    BooleanProperty propagateProperty() {
        return propagate;
    }

    ObservableSet<UUID> chosen() {
        return chosen;
    }

    ObservableList<ComputerChoice> choices() {
        return choices;
    }

    /** "1 of 2 chosen", or what keeps the list from showing ("Loading computers…", a read failure). */
    StringBinding pickerStatus() {
        return pickerStatus;
    }
}
