package dev.canopy.ui.schedules;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.Overlap;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.Recurrence;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleRules;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.EditorServices;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule editor's form: one schedule's fields as the technician edits them, checked as they type (the
 * message at the field, named as in {@link MaintenanceSchedule}), the recurrence in words, the next runs in the
 * schedule's zone and the technician's, overlaps with the tenant's other schedules, and Save (one undoable
 * command) or Revert. Inherited schedules are shown read-only.
 */
public final class ScheduleEditorModel {

    static final int PREVIEW_RUNS = 10;
    static final List<String> FIELDS = List.of("name", "recurrence", "windowMinutes", "timeZone", "promptTimeoutMinutes", "target");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

    private final EditorServices main;
    private final ComputerSource computers;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<AppliedSchedule> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private TenantSchedules context = TenantSchedules.NONE;

    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<RecurrenceMode> mode = new SimpleObjectProperty<>(RecurrenceMode.DAILY);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<Integer> dayOfMonth = new SimpleObjectProperty<>(1);
    private final StringProperty time = new SimpleStringProperty("02:00");
    private final StringProperty cron = new SimpleStringProperty("");
    private final StringProperty window = new SimpleStringProperty("");
    private final ObjectProperty<ZoneMode> zoneMode = new SimpleObjectProperty<>(ZoneMode.TENANT);
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(TargetKind.ALL_COMPUTERS);
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObservableSet<UUID> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final BooleanProperty propagate = new SimpleBooleanProperty(false);
    private final ObjectProperty<RebootPreference> reboot = new SimpleObjectProperty<>(RebootPreference.NORMAL);
    private final StringProperty promptTimeout = new SimpleStringProperty("");
    private final BooleanProperty autoConsent = new SimpleBooleanProperty(false);
    private final BooleanProperty suppress = new SimpleBooleanProperty(true);

    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recurrenceWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoneWords = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overlapWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scheduleZoneTitle = new ReadOnlyStringWrapper("Schedule's zone");
    private final ReadOnlyStringWrapper scheduleZoneHeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yourZoneHeader = new ReadOnlyStringWrapper("");
    private final ObservableList<NextRun> nextRuns = FXCollections.observableArrayList();
    private final ObservableList<ComputerChoice> computerChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper computersStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    private MaintenanceSchedule candidate;
    private Snapshot loaded;
    private boolean loading;
    private final Object computerChoicesKey = new Object();

    public ScheduleEditorModel(EditorServices main, ComputerSource computers, Clock clock) {
        this.main = main;
        this.computers = computers;
        this.clock = clock;
        for (String field : FIELDS) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(false));
        }
        List<Observable> inputs = new ArrayList<>(List.of(name, enabled, dayOfMonth, time, cron, window, zoneMode, zone, tag, chosen,
                propagate, reboot, promptTimeout, autoConsent, suppress, targetKind));
        inputs.addAll(days.values());
        inputs.forEach(input -> input.addListener(o -> changed()));
        mode.addListener((o, old, now) -> modeChanged(old, now));
        targetKind.addListener(o -> reloadComputerChoicesIfShown());
        propagate.addListener(o -> reloadComputerChoicesIfShown());
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
        errors.values().forEach(e -> e.set(""));
        generalError.set("");
        nextRuns.clear();
        overlapWarning.set("");
        computerChoices.clear();
        dirty.set(false);
        valid.set(true);
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
            fillRecurrence(s.cron());
            cron.set(s.cron());
            window.set(String.valueOf(s.windowMinutes()));
            zoneMode.set(s.useComputerTimeZone() ? ZoneMode.COMPUTER : s.timeZone().isBlank() ? ZoneMode.TENANT : ZoneMode.OWN);
            zone.set(s.timeZone());
            targetKind.set(s.target().kind());
            tag.set(s.target().tag());
            chosen.clear();
            chosen.addAll(s.target().computerIds());
            propagate.set(s.propagateToChildTenants());
            reboot.set(s.rebootPreference());
            promptTimeout.set(String.valueOf(s.promptTimeoutMinutes()));
            autoConsent.set(s.autoConsentToReboots());
            suppress.set(s.suppressRebootsDuringBusinessHours());
        } finally {
            loading = false;
        }
        loaded = snapshot();
        generalError.set("");
        computerChoices.clear();
        refresh();
        reloadComputerChoicesIfShown();
    }

    /** Sets the friendly fields from a cron; a cron without a friendly form (or an unreadable one) stays custom. */
    private void fillRecurrence(String cronText) {
        Recurrence recurrence;
        try {
            recurrence = Recurrence.fromCron(cronText);
        } catch (RuleViolation unreadable) {
            recurrence = null;
        }
        days.values().forEach(d -> d.set(false));
        if (recurrence instanceof Recurrence.Weekly weekly) {
            weekly.days().forEach(d -> days.get(d).set(true));
        }
        dayOfMonth.set(recurrence instanceof Recurrence.Monthly monthly ? monthly.dayOfMonth() : 1);
        time.set(recurrence == null ? "02:00" : recurrence.time().format(HH_MM));
        mode.set(recurrence instanceof Recurrence.Daily ? RecurrenceMode.DAILY
                : recurrence instanceof Recurrence.Weekly ? RecurrenceMode.WEEKLY
                : recurrence instanceof Recurrence.Monthly ? RecurrenceMode.MONTHLY
                : RecurrenceMode.CUSTOM);
    }

    /** Switching form carries the recurrence over: to cron as its expression, from cron to the matching friendly fields. */
    private void modeChanged(RecurrenceMode old, RecurrenceMode now) {
        if (loading) {
            return;
        }
        loading = true;
        try {
            if (now == RecurrenceMode.CUSTOM && old != RecurrenceMode.CUSTOM) {
                Recurrence friendly = quietly(() -> friendly(old));
                if (friendly != null) {
                    cron.set(friendly.toCron());
                }
            } else if (old == RecurrenceMode.CUSTOM && now != null && now != RecurrenceMode.CUSTOM) {
                Recurrence parsed = quietly(() -> Recurrence.fromCron(cron.get()));
                if (parsed != null) {
                    time.set(parsed.time().format(HH_MM));
                    if (parsed instanceof Recurrence.Weekly weekly && now == RecurrenceMode.WEEKLY) {
                        days.forEach((d, p) -> p.set(weekly.days().contains(d)));
                    }
                    if (parsed instanceof Recurrence.Monthly monthly && now == RecurrenceMode.MONTHLY) {
                        dayOfMonth.set(monthly.dayOfMonth());
                    }
                }
            }
        } finally {
            loading = false;
        }
        changed();
    }

    private void changed() {
        if (!loading && shown.get() != null) {
            generalError.set("");
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
        errors.values().forEach(e -> e.set(""));
        Recurrence recurrence = attempt("recurrence", this::recurrence);
        recurrenceWords.set(recurrence == null ? "" : recurrence.describe());
        Integer minutes = attempt("windowMinutes", () -> WindowLength.parse(window.get()));
        windowWords.set(minutes == null ? "" : windowWords(recurrence, minutes));
        String ownZone = attempt("timeZone", this::ownZone);
        Integer prompt = attempt("promptTimeoutMinutes", this::promptMinutes);
        ScheduleTarget target = attempt("target", this::target);
        String checkedName = readOnly.get() ? applied.schedule().name() : attempt("name", this::checkedName);

        ZoneId scheduleZone = previewZone(ownZone);
        ZoneId yourZone = ZoneId.systemDefault();
        zoneWords.set(zoneWords(ownZone));
        scheduleZoneTitle.set(zoneMode.get() == ZoneMode.COMPUTER ? "A computer in the tenant's zone" : "Schedule's zone");
        scheduleZoneHeader.set(scheduleZone.getId());
        yourZoneHeader.set(yourZone.getId());
        nextRuns.setAll(recurrence == null ? List.of()
                : NextRunsPreview.of(recurrence, scheduleZone, yourZone, clock.instant(), PREVIEW_RUNS));

        candidate = null;
        if (recurrence != null && minutes != null && ownZone != null && prompt != null && target != null && checkedName != null) {
            MaintenanceSchedule s = applied.schedule();
            candidate = attempt("name", () -> ScheduleRules.check(new MaintenanceSchedule(s.id(), s.tenantId(), checkedName,
                    recurrence.toCron(), minutes, ownZone, zoneMode.get() == ZoneMode.COMPUTER, target, propagate.get(),
                    reboot.get(), prompt, autoConsent.get(), suppress.get(), enabled.get(), s.meta())));
        }
        overlapWarning.set(candidate == null ? "" : overlaps(candidate, applied.ownerTenantId(), scheduleZone));
        valid.set(errors.values().stream().allMatch(e -> e.get().isEmpty()));
        dirty.set(computeDirty());
    }

    /** Runs a check; a refusal lands at its field (or at {@code field} when it names none the form has). */
    private <T> T attempt(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolation violation) {
            String at = violation.field() != null && errors.containsKey(violation.field()) ? violation.field() : field;
            if (errors.get(at).get().isEmpty()) {
                errors.get(at).set(violation.getMessage());
            }
            return null;
        }
    }

    private static <T> T quietly(Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleViolation e) {
            return null;
        }
    }

    private Recurrence recurrence() {
        RecurrenceMode m = mode.get();
        if (m == null || m == RecurrenceMode.CUSTOM) {
            // Parsed as typed, then shown in its friendly form's words when it has one.
            Recurrence.parse(cron.get());
            return Recurrence.fromCron(cron.get());
        }
        return friendly(m);
    }

    private Recurrence friendly(RecurrenceMode m) {
        LocalTime at = parseTime(time.get());
        return switch (m) {
            case DAILY -> Recurrence.daily(at);
            case WEEKLY -> Recurrence.weekly(chosenDays(), at);
            case MONTHLY -> Recurrence.monthly(dayOfMonth.get() == null ? 0 : dayOfMonth.get(), at);
            case CUSTOM -> Recurrence.parse(cron.get());
        };
    }

    static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new RuleViolation("recurrence", "Enter the time as HH:MM on a 24-hour clock, e.g. 22:30.");
    }

    private Set<DayOfWeek> chosenDays() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, p) -> {
            if (p.get()) {
                set.add(d);
            }
        });
        return set;
    }

    /** The schedule's own zone id, or "" when it follows the tenant's or the computers'. */
    private String ownZone() {
        if (zoneMode.get() != ZoneMode.OWN) {
            return "";
        }
        if (zone.get().isBlank()) {
            throw new RuleViolation("timeZone", "Enter a time zone such as Europe/Berlin, or use the tenant's.");
        }
        return ScheduleRules.checkTimeZone(zone.get());
    }

    private int promptMinutes() {
        String text = promptTimeout.get().strip();
        if (!text.matches("\\d{1,5}")) {
            throw new RuleViolation("promptTimeoutMinutes", "Enter the prompt timeout in whole minutes (0 = no prompt).");
        }
        return ScheduleRules.checkPromptTimeoutMinutes(Integer.parseInt(text));
    }

    private ScheduleTarget target() {
        TargetKind kind = targetKind.get() == null ? TargetKind.ALL_COMPUTERS : targetKind.get();
        return ScheduleRules.checkTarget(switch (kind) {
            case ALL_COMPUTERS -> ScheduleTarget.allComputers();
            case TAG -> ScheduleTarget.tagged(tag.get());
            case COMPUTERS -> ScheduleTarget.computers(List.copyOf(chosen));
        });
    }

    private String checkedName() {
        String checked = ScheduleRules.checkName(name.get());
        MaintenanceSchedule probe = shown.get().schedule().withName(checked);
        List<MaintenanceSchedule> own = context.applied().stream().filter(a -> !a.inherited()).map(AppliedSchedule::schedule).toList();
        ScheduleRules.checkUniqueName(probe, own);
        return checked;
    }

    private ZoneId previewZone(String ownZone) {
        ZoneId own = zoneOrNull(ownZone);
        if (own != null) {
            return own;
        }
        ZoneId tenant = zoneOrNull(context.effectiveZone());
        return tenant != null ? tenant : ZoneOffset.UTC;
    }

    private static ZoneId zoneOrNull(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private String zoneWords(String ownZone) {
        String tenantZone = context.effectiveZone().isBlank() ? "UTC (no tenant on the path sets a time zone)"
                : context.effectiveZone() + " (set on " + context.zoneSetBy() + ")";
        return switch (zoneMode.get() == null ? ZoneMode.TENANT : zoneMode.get()) {
            case TENANT -> "Runs follow " + tenantZone + ".";
            case OWN -> ownZone == null || ownZone.isEmpty() ? "" : "Runs follow " + ownZone + ", whatever the tenant's zone.";
            case COMPUTER -> "Each computer runs at this time on its own clock; the preview uses " + tenantZone + ".";
        };
    }

    private static String windowWords(Recurrence recurrence, int minutes) {
        String length = WindowLength.words(minutes);
        if (recurrence == null) {
            return length;
        }
        LocalTime start = recurrence.time();
        boolean nextDay = start.getHour() * 60 + start.getMinute() + minutes >= 24 * 60;
        return length + ": " + start.format(HH_MM) + "–" + start.plusMinutes(minutes).format(HH_MM) + (nextDay ? " the next day" : "");
    }

    private String overlaps(MaintenanceSchedule edited, UUID owner, ZoneId shownIn) {
        if (!edited.enabled()) {
            return "";
        }
        List<MaintenanceSchedule> all = new ArrayList<>();
        all.add(edited);
        Map<UUID, UUID> owners = new LinkedHashMap<>();
        for (AppliedSchedule a : context.applied()) {
            if (!a.schedule().id().equals(edited.id())) {
                all.add(a.schedule());
                owners.put(a.schedule().id(), a.ownerTenantId());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Overlap o : OverlapCheck.among(all, context.effectiveZone(), clock.instant())) {
            MaintenanceSchedule other = o.a().id().equals(edited.id()) ? o.b() : o.b().id().equals(edited.id()) ? o.a() : null;
            if (other != null) {
                UUID otherOwner = owners.get(other.id());
                String from = Objects.equals(otherOwner, owner) ? "" : " (from " + tenantName(otherOwner) + ")";
                lines.add("Overlaps \"" + other.name() + "\"" + from + ", first on "
                        + o.firstOverlapStart().withZoneSameInstant(shownIn).format(NextRunsPreview.FORMAT) + ".");
            }
        }
        return String.join("\n", lines);
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
        MaintenanceSchedule original = applied.schedule();
        MaintenanceSchedule normalised = quietly(() -> ScheduleRules.check(original));
        return !candidate.equals(normalised == null ? original : normalised);
    }

    // ---- saving --------------------------------------------------------------------------------------------

    /** Saves the schedule as one undoable command; does nothing while a field is refused or nothing changed. */
    public void save() {
        AppliedSchedule applied = shown.get();
        if (applied == null || readOnly.get()) {
            return;
        }
        refresh();
        if (!valid.get() || !dirty.get() || candidate == null) {
            return;
        }
        MaintenanceSchedule toSave = candidate.withMeta(creating.get() ? RecordMeta.created(clock.instant(), "") : candidate.meta());
        main.commands().execute(new SaveRecord<>(ScheduleKind.INSTANCE, toSave), done -> saved(toSave), this::refused);
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

    private void refused(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        if (e instanceof RuleViolation violation && violation.field() != null && errors.containsKey(violation.field())) {
            errors.get(violation.field()).set(violation.getMessage());
            valid.set(false);
        } else {
            generalError.set(ErrorDialogs.messageFor(e));
        }
    }

    // ---- chosen computers ----------------------------------------------------------------------------------

    private void reloadComputerChoicesIfShown() {
        AppliedSchedule applied = shown.get();
        if (loading || applied == null || targetKind.get() != TargetKind.COMPUTERS || main.store().current() == null) {
            return;
        }
        UUID owner = applied.ownerTenantId();
        // A propagating schedule reaches the sub-tenants' computers, so they can be chosen too.
        List<UUID> tenants = propagate.get() ? subtree(owner) : List.of(owner);
        Set<UUID> wanted = new LinkedHashSet<>(chosen);
        computersStatus.set("Loading computers…");
        main.tasks().load(computerChoicesKey, () -> {
            List<ComputerChoice> found = new ArrayList<>(computers.ofTenants(tenants));
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
            computerChoices.setAll(found);
            computersStatus.set("");
        }, error -> computersStatus.set(ErrorDialogs.messageFor(error)));
    }

    private List<UUID> subtree(UUID top) {
        var hierarchy = main.tenants().hierarchyProperty().get();
        List<UUID> ids = new ArrayList<>();
        List<UUID> stack = new ArrayList<>(List.of(top));
        Set<UUID> seen = new HashSet<>();
        while (!stack.isEmpty()) {
            UUID id = stack.remove(stack.size() - 1);
            if (seen.add(id)) {
                ids.add(id);
                hierarchy.children(id).forEach(c -> stack.add(c.id()));
            }
        }
        return ids;
    }

    String tenantName(UUID id) {
        return id == null ? "" : main.tenants().hierarchyProperty().get().node(id).map(TenantNode::name).orElse("another tenant");
    }

    // ---- dirty tracking ------------------------------------------------------------------------------------

    private record Snapshot(String name, boolean enabled, RecurrenceMode mode, Set<DayOfWeek> days, Integer dayOfMonth, String time,
                            String cron, String window, ZoneMode zoneMode, String zone, TargetKind targetKind, String tag,
                            List<UUID> chosen, boolean propagate, RebootPreference reboot, String promptTimeout,
                            boolean autoConsent, boolean suppress) {
    }

    private Snapshot snapshot() {
        return new Snapshot(name.get(), enabled.get(), mode.get(), chosenDays(), dayOfMonth.get(), time.get(), cron.get(), window.get(),
                zoneMode.get(), zone.get(), targetKind.get(), tag.get(), List.copyOf(chosen), propagate.get(), reboot.get(),
                promptTimeout.get(), autoConsent.get(), suppress.get());
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
        return valid.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isCreating() {
        return creating.get();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generalErrorProperty() {
        return generalError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recurrenceWordsProperty() {
        return recurrenceWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowWordsProperty() {
        return windowWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoneWordsProperty() {
        return zoneWords.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlapWarningProperty() {
        return overlapWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scheduleZoneTitleProperty() {
        return scheduleZoneTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scheduleZoneHeaderProperty() {
        return scheduleZoneHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yourZoneHeaderProperty() {
        return yourZoneHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty computersStatusProperty() {
        return computersStatus.getReadOnlyProperty();
    }

    ObservableList<NextRun> nextRuns() {
        return nextRuns;
    }

    ObservableList<ComputerChoice> computerChoices() {
        return computerChoices;
    }

    ObservableSet<UUID> chosenComputers() {
        return chosen;
    }

    StringProperty nameProperty() {
        return name;
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    ObjectProperty<RecurrenceMode> modeProperty() {
        return mode;
    }

    BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    ObjectProperty<Integer> dayOfMonthProperty() {
        return dayOfMonth;
    }

    StringProperty timeProperty() {
        return time;
    }

    StringProperty cronProperty() {
        return cron;
    }

    StringProperty windowProperty() {
        return window;
    }

    ObjectProperty<ZoneMode> zoneModeProperty() {
        return zoneMode;
    }

    StringProperty zoneProperty() {
        return zone;
    }

    ObjectProperty<TargetKind> targetKindProperty() {
        return targetKind;
    }

    StringProperty tagProperty() {
        return tag;
    }

    BooleanProperty propagateProperty() {
        return propagate;
    }

    ObjectProperty<RebootPreference> rebootProperty() {
        return reboot;
    }

    StringProperty promptTimeoutProperty() {
        return promptTimeout;
    }

    BooleanProperty autoConsentProperty() {
        return autoConsent;
    }

    BooleanProperty suppressProperty() {
        return suppress;
    }

    UUID ownerTenantId() {
        return shown.get() == null ? null : shown.get().ownerTenantId();
    }
}
