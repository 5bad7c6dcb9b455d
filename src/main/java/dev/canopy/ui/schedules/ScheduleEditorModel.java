package dev.canopy.ui.schedules;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.Recurrence;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleRules;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.ScheduleZone;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The schedule editor's form: one schedule's fields as the technician edits them, checked as they type (the
 * message at the field), the recurrence and window in words, the next runs in the schedule's zone and the
 * technician's (the clock's zone), overlaps with the tenant's other schedules, and Save (one undoable command)
 * or Revert. Inherited schedules are shown read-only.
 */
public final class ScheduleEditorModel {

    private final TenantContext tenants;
    private final Commands commands;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<AppliedSchedule> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private TenantSchedules context = TenantSchedules.NONE;

    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final StringProperty window = new SimpleStringProperty("");
    private final ZoneFields zone = new ZoneFields(this::changed);
    private final RecurrenceFields recurrence = new RecurrenceFields(this::changed);
    private final TargetFields target;
    private final RebootFields reboots = new RebootFields(this::changed);
    private final RunPreview preview;

    private final FormMessages messages = new FormMessages();
    private final ReadOnlyStringWrapper recurrenceWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overlapWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;
    private final StringBinding inheritedFrom;

    private MaintenanceSchedule candidate;
    private Snapshot loaded;
    private boolean loading;

    public ScheduleEditorModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands,
                               ComputerSource computers, Clock clock) {
        this.tenants = tenants;
        this.commands = commands;
        this.clock = clock;
        this.target = new TargetFields(tenants, store, tasks, computers, this::changed);
        this.preview = new RunPreview(clock);
        List.<Observable>of(name, enabled, window).forEach(input -> input.addListener(o -> changed()));
        title = Bindings.createStringBinding(() -> shown.get() == null ? "" : creating.get() ? "New schedule" : shown.get().schedule().name(),
                shown, creating);
        inheritedFrom = Bindings.createStringBinding(() -> shown.get() == null || !shown.get().inherited() ? ""
                : ScheduleWording.inheritedFrom(tenantName(shown.get().ownerTenantId())), shown);
    }

    // ---- what is shown -------------------------------------------------------------------------------------

    /** Shows a stored schedule (read-only when it is inherited). */
    public void open(AppliedSchedule applied) {
        creating.set(false);
        readOnly.set(applied.inherited());
        fill(applied);
    }

    /** Shows a new, unsaved schedule of the tenant. */
    public void newDraft(MaintenanceSchedule draft) {
        creating.set(true);
        readOnly.set(false);
        fill(new AppliedSchedule(draft, draft.tenantId(), false));
    }

    /** Shows nothing. */
    public void close() {
        shown.set(null);
        creating.set(false);
        readOnly.set(false);
        candidate = null;
        messages.clearAll();
        preview.clear();
        overlapWarning.set("");
        target.clear();
        dirty.set(false);
    }

    /** Puts the fields back as the schedule was shown. */
    public void revert() {
        AppliedSchedule applied = shown.get();
        if (applied != null) {
            fill(applied);
        }
    }

    /** The tenant's schedules changed (or another tenant is looked at): re-checks names and overlaps. */
    void setContext(TenantSchedules tenantSchedules) {
        context = tenantSchedules;
        if (shown.get() != null) {
            refresh();
        }
    }

    private void fill(AppliedSchedule applied) {
        MaintenanceSchedule s = applied.schedule();
        loading = true;
        try {
            shown.set(applied);
            name.set(s.name());
            enabled.set(s.enabled());
            recurrence.fill(s.cron());
            window.set(String.valueOf(s.windowMinutes()));
            zone.fill(s);
            reboots.fill(s);
            target.fill(s.target(), s.propagateToChildTenants(), applied.ownerTenantId());
        } finally {
            loading = false;
        }
        loaded = snapshot();
        messages.clearAll();
        refresh();
    }

    private void changed() {
        if (!loading && shown.get() != null) {
            messages.clearAll();
            refresh();
        }
    }

    // ---- checking ------------------------------------------------------------------------------------------

    /** Re-checks every field and recomputes the words, the preview, the overlaps, dirty and valid. */
    private void refresh() {
        AppliedSchedule applied = shown.get();
        if (applied == null) {
            return;
        }
        messages.clearFields();
        Recurrence when = messages.attempt("recurrence", recurrence::recurrence);
        recurrenceWords.set(when == null ? "" : when.describe());
        Integer minutes = messages.attempt("windowMinutes", () -> WindowLength.parse(window.get()));
        windowWords.set(minutes == null ? "" : ScheduleWording.window(when, minutes));
        String ownZone = messages.attempt("timeZone", zone::ownZone);
        Integer prompt = messages.attempt("promptTimeoutMinutes", reboots::promptMinutes);
        ScheduleTarget covered = messages.attempt("target", target::target);
        MaintenanceSchedule s = applied.schedule();
        String checkedName = readOnly.get() ? s.name() : messages.attempt("name", this::checkedName);

        // What the form says, a refused field left as stored or empty, so the zone follows the domain's rule.
        MaintenanceSchedule draft = new MaintenanceSchedule(s.id(), s.tenantId(), checkedName == null ? name.get() : checkedName,
                when == null ? s.cron() : when.toCron(), minutes == null ? 0 : minutes, ownZone == null ? "" : ownZone,
                zone.onComputerClocks(), covered, target.propagates(), reboots.preference(), prompt == null ? 0 : prompt,
                reboots.autoConsents(), reboots.suppresses(), enabled.get(), s.meta());
        ZoneId scheduleZone = ScheduleZone.resolve(draft, context.effectiveZone());
        preview.show(when, scheduleZone, zone.mode(), ownZone, context);

        boolean complete = when != null && minutes != null && ownZone != null && prompt != null && covered != null && checkedName != null;
        candidate = complete ? messages.attempt("name", () -> ScheduleRules.check(draft)) : null;
        overlapWarning.set(candidate == null ? "" : OverlapCheck.warning(candidate, applied.ownerTenantId(), context.applied(),
                context.effectiveZone(), clock.instant(), scheduleZone, this::tenantName));
        dirty.set(computeDirty());
    }

    private String checkedName() {
        String checked = ScheduleRules.checkName(name.get());
        MaintenanceSchedule probe = shown.get().schedule().withName(checked);
        List<MaintenanceSchedule> own = context.applied().stream().filter(a -> !a.inherited()).map(AppliedSchedule::schedule).toList();
        ScheduleRules.checkUniqueName(probe, own);
        return checked;
    }

    private boolean computeDirty() {
        AppliedSchedule applied = shown.get();
        if (applied == null || readOnly.get()) {
            return false;
        }
        if (creating.get()) {
            return true;
        }
        if (snapshot().equals(loaded)) {
            return false;
        }
        if (candidate == null) {
            return true;
        }
        // Edited back to what is stored (say "90" for "1:30") is no change.
        MaintenanceSchedule original = applied.schedule();
        MaintenanceSchedule normalised;
        try {
            normalised = ScheduleRules.check(original);
        } catch (RuleViolation storedInvalid) {
            normalised = original;
        }
        return !candidate.equals(normalised);
    }

    // ---- saving --------------------------------------------------------------------------------------------

    /** Saves the schedule as one undoable command; does nothing while a field is refused or nothing changed. */
    public void save() {
        AppliedSchedule applied = shown.get();
        if (applied == null || readOnly.get()) {
            return;
        }
        refresh();
        if (!messages.valid().get() || !dirty.get() || candidate == null) {
            return;
        }
        MaintenanceSchedule toSave = candidate.withMeta(creating.get() ? RecordMeta.created(clock.instant(), "") : candidate.meta());
        commands.execute(new SaveRecord<>(ScheduleKind.INSTANCE, toSave), done -> saved(toSave), messages::refused);
    }

    /** Shows the schedule as saved; the reload every command triggers then brings the stored version. */
    private void saved(MaintenanceSchedule schedule) {
        AppliedSchedule applied = shown.get();
        if (applied != null && applied.schedule().id().equals(schedule.id())) {
            creating.set(false);
            shown.set(new AppliedSchedule(schedule, applied.ownerTenantId(), false));
            loaded = snapshot();
            refresh();
        }
    }

    String tenantName(UUID id) {
        return ScheduleWording.tenantName(tenants.hierarchy(), id);
    }

    // ---- dirty tracking ------------------------------------------------------------------------------------

    private record Snapshot(String name, boolean enabled, String window, ZoneFields.Snapshot zone,
                            RecurrenceFields.Snapshot recurrence, TargetFields.Snapshot target, RebootFields.Snapshot reboots) {
    }

    private Snapshot snapshot() {
        return new Snapshot(name.get(), enabled.get(), window.get(), zone.snapshot(),
                recurrence.snapshot(), target.snapshot(), reboots.snapshot());
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<AppliedSchedule> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    UUID shownId() {
        return shown.get() == null ? null : shown.get().schedule().id();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return messages.valid();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isCreating() {
        return creating.get();
    }

    /** "New schedule" for a draft, else the schedule's stored name. */
    StringBinding title() {
        return title;
    }

    /** The banner over an inherited schedule; "" for the tenant's own. */
    StringBinding inheritedFrom() {
        return inheritedFrom;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return messages.field(field);
    }

    public ReadOnlyStringProperty generalErrorProperty() {
        return messages.general();
    }

    public ReadOnlyStringProperty recurrenceWordsProperty() {
        return recurrenceWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowWordsProperty() {
        return windowWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlapWarningProperty() {
        return overlapWarning.getReadOnlyProperty();
    }

    RunPreview preview() {
        return preview;
    }

    /** The form's parts, for the view to bind to. */
    RecurrenceFields recurrence() {
        return recurrence;
    }

    TargetFields target() {
        return target;
    }

    RebootFields reboots() {
        return reboots;
    }

    StringProperty nameProperty() {
        return name;
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    StringProperty windowProperty() {
        return window;
    }

    ZoneFields zone() {
        return zone;
    }
}
