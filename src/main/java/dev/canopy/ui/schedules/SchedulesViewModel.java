package dev.canopy.ui.schedules;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.DeleteRecord;
import dev.canopy.domain.preference.EffectivePreferences;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.InheritedSchedules;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The schedules that apply to the selected tenant: its own, then those its ancestors propagate (DESIGN.md §1),
 * loaded in the background whenever the selection or the data changes, with the ids of those whose windows
 * overlap. Decides what the editor shows after each load.
 */
public final class SchedulesViewModel {

    private static final String DEFAULT_CRON = "0 2 * * *";
    private static final int DEFAULT_WINDOW_MINUTES = 120;

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final Clock clock;
    private final ScheduleEditorModel editor;
    private final ObservableList<AppliedSchedule> rows = FXCollections.observableArrayList();
    private final ObservableSet<UUID> overlapping = FXCollections.observableSet();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(0);
    private final ChangeListener<UUID> onTenant = (obs, old, now) -> tenantChanged(old);
    private final ChangeListener<TenantHierarchy> onHierarchy = (obs, old, now) -> load();
    private UUID tenant;
    private UUID openAfterLoad;
    private BooleanSupplier discardCheck = () -> true;
    private boolean restoringTenant;
    private final Object draftKey = new Object();

    /** {@code clock} gives "now" for previews and overlaps, and the technician's zone. */
    public SchedulesViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices,
                              ComputerSource computers, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        this.clock = clock;
        this.editor = new ScheduleEditorModel(tenants, store, tasks, commands, computers, clock);
        tenants.selectedTenantProperty().addListener(onTenant);
        tenants.hierarchyProperty().addListener(onHierarchy);
    }

    public void dispose() {
        tenants.selectedTenantProperty().removeListener(onTenant);
        tenants.hierarchyProperty().removeListener(onHierarchy);
        tasks.dropLoad(this);  // a read still on its way must not fill a released tab
        tasks.dropLoad(draftKey);
    }

    /** Asked before unsaved edits would be dropped because another tenant is selected; false keeps the tenant. */
    void setDiscardCheck(BooleanSupplier check) {
        discardCheck = check;
    }

    /**
     * Another tenant is looked at: its schedules replace the last one's, and the editor starts over. Unsaved
     * edits are not dropped silently: when the technician keeps them, the previous tenant is selected again.
     */
    private void tenantChanged(UUID old) {
        if (restoringTenant) {
            return;
        }
        if (editor.isDirty() && !discardCheck.getAsBoolean()) {
            restoringTenant = true;
            Platform.runLater(() -> {
                tenants.selectedTenantProperty().set(old);
                restoringTenant = false;
            });
            return;
        }
        editor.close();
        rows.clear();
        overlapping.clear();
        load();
    }

    private record Loaded(List<AppliedSchedule> applied, Set<UUID> overlapping) {
    }

    public void load() {
        UUID selected = tenants.selectedTenant();
        List<TenantNode> path = selected == null ? List.of() : tenants.hierarchy().path(selected);
        if (path.isEmpty() || !store.isOpen()) {
            tasks.dropLoad(this);
            tenant = null;
            rows.clear();
            editor.close();
            summary.set("");
            return;
        }
        List<UUID> ids = path.stream().map(TenantNode::id).toList();
        String zone = TenantNode.effectiveTimeZone(path);
        String zoneSetBy = TenantNode.timeZoneSource(path).map(TenantNode::name).orElse("");
        tasks.load(this, () -> {
            List<AppliedSchedule> applied = InheritedSchedules.forTenant(ids, store.current().records(ScheduleKind.INSTANCE, ids));
            return new Loaded(applied, OverlapCheck.overlapping(applied.stream().map(AppliedSchedule::schedule).toList(), zone, clock.instant()));
        }, loaded -> show(selected, new TenantSchedules(selected, zone, zoneSetBy, loaded.applied()), loaded.overlapping()),
                error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    private void show(UUID selected, TenantSchedules schedules, Set<UUID> overlaps) {
        tenant = selected;
        rows.setAll(schedules.applied());
        overlapping.clear();
        overlapping.addAll(overlaps);
        long own = schedules.applied().stream().filter(a -> !a.inherited()).count();
        summary.set(ScheduleWording.summary(own, schedules.applied().size() - own));
        editor.setContext(schedules);
        UUID wanted = openAfterLoad != null ? openAfterLoad : editor.shownId();
        openAfterLoad = null;
        // Unsaved edits (a new draft too) stay on screen; otherwise the editor shows the fresh stored version.
        if (!editor.isDirty()) {
            Optional<AppliedSchedule> row = rows.stream().filter(r -> r.schedule().id().equals(wanted)).findFirst();
            if (row.isPresent()) {
                editor.open(row.get());
            } else if (!rows.isEmpty()) {
                editor.open(rows.get(0));
            } else {
                editor.close();
            }
        }
        loads.set(loads.get() + 1);
    }

    /** Opens a schedule in the editor (the list asks first when there are unsaved edits). */
    public void open(AppliedSchedule applied) {
        editor.open(applied);
    }

    /**
     * Starts a new schedule of the tenant with the tenant's effective reboot preferences as its defaults, so a
     * new schedule behaves as the tenant's settings say until the technician chooses otherwise.
     */
    public void newSchedule() {
        UUID owner = tenant;
        if (owner == null) {
            return;
        }
        tasks.load(draftKey, () -> TenantPreference.index(store.current().preferences()),
                prefs -> startDraft(owner, preferences(owner, prefs)),
                error -> startDraft(owner, null));
    }

    private EffectivePreferences preferences(UUID owner, Map<UUID, Map<String, TenantPreference>> prefs) {
        try {
            return EffectivePreferences.of(tenants.hierarchy(), owner, prefs);
        } catch (IllegalArgumentException gone) {
            return null;
        }
    }

    private void startDraft(UUID owner, EffectivePreferences prefs) {
        if (!owner.equals(tenant)) {
            return;  // the technician moved on while the defaults loaded
        }
        RebootPreference reboot = setting(prefs, PreferenceCatalogue.REBOOT_PREFERENCE, RebootPreference::valueOf, RebootPreference.NORMAL);
        int prompt = setting(prefs, PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES, Integer::parseInt, 60);
        boolean suppress = setting(prefs, PreferenceCatalogue.SUPPRESS_REBOOTS_DURING_BUSINESS_HOURS, Boolean::parseBoolean, true);
        editor.newDraft(new MaintenanceSchedule(UUID.randomUUID(), owner, freeName(), DEFAULT_CRON, DEFAULT_WINDOW_MINUTES, "", false,
                ScheduleTarget.allComputers(), false, reboot, prompt, false, suppress, true, RecordMeta.created(clock.instant(), "")));
    }

    private static <T> T setting(EffectivePreferences prefs, SettingDefinition definition,
                                 Function<String, T> parse, T fallback) {
        if (prefs == null) {
            return fallback;
        }
        try {
            return parse.apply(prefs.resolve(definition).value());
        } catch (RuntimeException unreadable) {
            return fallback;
        }
    }

    /** "New schedule", or "New schedule 2", … when the tenant already has one of that name. */
    private String freeName() {
        Set<String> taken = new HashSet<>();
        rows.stream().filter(r -> !r.inherited()).forEach(r -> taken.add(r.schedule().name().strip().toLowerCase()));
        String name = "New schedule";
        for (int n = 2; taken.contains(name.toLowerCase()); n++) {
            name = "New schedule " + n;
        }
        return name;
    }

    /** Deletes one of the tenant's own schedules (undoable); inherited ones belong to their owner. */
    public void delete(AppliedSchedule applied, Consumer<Throwable> onRefused) {
        if (applied == null || applied.inherited()) {
            return;
        }
        commands.execute(new DeleteRecord<>(ScheduleKind.INSTANCE, applied.schedule().id()), done -> { }, onRefused);
    }

    /** Selects the tenant an inherited schedule comes from, and opens the schedule there. */
    public void goToOwner() {
        var shown = editor.shownProperty().get();
        if (shown == null || !shown.inherited()) {
            return;
        }
        openAfterLoad = shown.schedule().id();
        tenants.selectedTenantProperty().set(shown.ownerTenantId());
    }

    /** Discards a new draft (back to the tenant's first schedule) or reverts edits of a stored one. */
    public void revert() {
        if (editor.isCreating()) {
            editor.close();
            if (!rows.isEmpty()) {
                editor.open(rows.get(0));
            }
        } else {
            editor.revert();
        }
    }

    public String tenantName(UUID id) {
        return ScheduleWording.tenantName(tenants.hierarchy(), id);
    }

    public ScheduleEditorModel editor() {
        return editor;
    }

    public ObservableList<AppliedSchedule> rows() {
        return rows;
    }

    public ObservableSet<UUID> overlapping() {
        return overlapping;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Counts finished loads, so the list can re-select after its rows were replaced. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    UUID tenant() {
        return tenant;
    }
}
