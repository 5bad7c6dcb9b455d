package dev.canopy.ui.imports;

import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.EntraSource;
import dev.canopy.imports.entra.GraphCallFailed;
import dev.canopy.imports.entra.GraphClient;
import dev.canopy.imports.entra.GraphProgress;
import dev.canopy.imports.entra.GraphWait;
import dev.canopy.imports.entra.GuestMode;
import dev.canopy.imports.entra.PersonImportPlan;
import dev.canopy.imports.entra.PersonImportPlanner;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TaskProgress;
import dev.canopy.ui.common.TenantContext;
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

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * File → Import people from Entra ID…: the technician picks the tenant and the source (Microsoft Graph with an
 * access token, optionally one group's members, or a folder of saved Graph pages), runs the dry run in the
 * background (pages and users read, Graph's throttling waits, Stop), and applies the plan as one command — the one
 * {@code canopy import-entra} applies — so Edit → Undo takes it back. The token lives only in {@link #tokenProperty()}
 * while the dialog is open: it is never logged, never saved, and cleared by {@link #close()}.
 */
public final class EntraImportViewModel {

    public enum Step { EDITING, PLANNING, DRY_RUN, APPLYING, DONE }

    public enum Source { GRAPH, PAGES }

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final GraphWait waiting;
    private final Clock clock;
    private final ObjectProperty<UUID> tenant = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.GRAPH);
    private final StringProperty graphUrl = new SimpleStringProperty(GraphClient.DEFAULT_URL);
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty pagesFolder = new SimpleStringProperty("");
    private final ObjectProperty<GuestMode> guests = new SimpleObjectProperty<>(GuestMode.SKIP);
    private final BooleanProperty importOtherUsers = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.EDITING);
    private final ReadOnlyObjectWrapper<PersonPlanRows> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canDryRun = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final EntraSignInViewModel signIn;
    private RunningTask running;

    /** @param waiting how Graph's Retry-After is waited out ({@link GraphWait#SLEEPING} in the app) */
    public EntraImportViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices,
                                GraphWait waiting, Clock clock) {
        this(tenants, store, tasks, commands, notices, waiting, clock, DeviceCodeSignIn::new);
    }

    /** @param signIns how "Sign in…" signs in (tests route it to a loopback sign-in service) */
    public EntraImportViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices,
                                GraphWait waiting, Clock clock, Supplier<DeviceCodeSignIn> signIns) {
        this.signIn = new EntraSignInViewModel(tasks, signIns, token);
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        this.waiting = waiting;
        this.clock = clock;
        tenant.set(tenants.selectedTenant());
        // a changed source or tenant makes the dry run shown stale: it is dropped, so Import applies only what was shown
        for (Observable input : List.<Observable>of(tenant, source, graphUrl, token, group, pagesFolder, guests)) {
            input.addListener(o -> inputChanged());
        }
        step.addListener(o -> update());
        importOtherUsers.addListener(o -> update());
        update();
    }

    private void inputChanged() {
        if (step.get() == Step.DRY_RUN || step.get() == Step.DONE) {
            rows.set(null);
            step.set(Step.EDITING);
        }
        update();
    }

    /** Reads the users and works out the plan in the background; nothing is written. */
    public void dryRun() {
        if (!canDryRun.get()) {
            return;
        }
        UUID into = tenant.get();
        EntraSource chosen = source.get() == Source.PAGES ? EntraSource.pages(Path.of(pagesFolder.get().strip()))
                : EntraSource.graph(graphUrl.get(), group.get());
        String key = chosen.needsToken() ? token.get() : null;
        GuestMode mode = guests.get();
        TenantHierarchy hierarchy = tenants.hierarchy();
        rows.set(null);
        error.set("");
        importOtherUsers.set(false);
        progress.set("Reading users…");
        step.set(Step.PLANNING);
        RunningTask task = tasks.start(BackgroundTask.of("Dry run of the Entra ID import", p -> {
            PersonImportPlanner planner = new PersonImportPlanner(into, store.current().records(PersonKind.INSTANCE, List.of(into)), mode,
                    clock.instant());
            EntraSource.Read read = chosen.read(key, planner::add, graphProgress(p), shownWait(p));
            return PersonPlanRows.of(planner.plan(), read, hierarchy.pathText(into));
        }), planned -> {
            planEnded("");
            rows.set(planned);
            step.set(Step.DRY_RUN);
        }, failure -> {
            planEnded("");
            error.set(messageOf(failure));
            step.set(Step.EDITING);
        }, () -> {
            planEnded("The dry run was stopped; nothing was changed.");
            step.set(Step.EDITING);
        });
        if (step.get() == Step.PLANNING) {  // still running (an immediate executor has finished it already)
            running = task;
            progress.bind(task.lineProperty());
        }
    }

    /** Pages and users read so far, on the task's line. */
    private static GraphProgress graphProgress(TaskProgress p) {
        return new GraphProgress() {
            @Override
            public void read(int usersSoFar, int page) {
                p.update(-1, String.format(Locale.ROOT, "Read %s on %s…", Plural.count(usersSoFar, "user"), Plural.count(page, "page")));
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    /** Graph's throttling, said on the task's line while it is waited out (Stop still works). */
    private GraphWait shownWait(TaskProgress p) {
        return (millis, graph) -> {
            p.update(-1, String.format(Locale.ROOT, "Graph asked to wait %,d s…", Math.max(1, (millis + 999) / 1000)));
            waiting.pause(millis, graph);
        };
    }

    private void planEnded(String line) {
        running = null;
        progress.unbind();
        progress.set(line);
    }

    /** Stops the dry run; nothing has been written. */
    public void stop() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Applies the dry run shown as one command (one undo step); a refusal changes nothing and says why. */
    public void apply(Runnable onImported) {
        if (!canApply.get()) {
            return;
        }
        PersonImportPlan plan = rows.get().plan();
        error.set("");
        step.set(Step.APPLYING);
        // Import is enabled only for a plan that changes something, so there is a command
        commands.execute(plan.command().orElseThrow(), applied -> {
            notices.setNotice("Imported: " + applied.label() + ".");
            step.set(Step.DONE);
            onImported.run();
        }, failure -> {
            error.set("Nothing was imported: " + messageOf(failure));
            step.set(Step.DRY_RUN);
        });
    }

    /** The dialog closed: a dry run still running is stopped and the token is forgotten. */
    public void close() {
        stop();
        signIn.close();
        token.set("");
    }

    /** A failure in words that name the request; never a stack trace, never the token. */
    static String messageOf(Throwable failure) {
        Throwable e = dev.canopy.ui.common.ErrorDialogs.unwrap(failure);
        if (e instanceof GraphCallFailed || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return ImportMessages.of(e);
    }

    private void update() {
        String problem = tenant.get() == null ? "Choose the tenant the people go into."
                : source.get() == Source.PAGES ? (pagesFolder.get().isBlank() ? "Choose the folder of saved Graph pages." : "")
                : graphUrl.get().isBlank() ? "Give Microsoft Graph's address (" + GraphClient.DEFAULT_URL + ")."
                : token.get().isBlank() ? "Sign in, or paste an access token for Microsoft Graph (User.Read.All; GroupMember.Read.All for a group)." : "";
        sourceProblem.set(problem);
        canDryRun.set(problem.isEmpty() && step.get() != Step.PLANNING && step.get() != Step.APPLYING && store.isOpen());
        PersonPlanRows shown = rows.get();
        if (shown == null) {
            applyNote.set("");
            canApply.set(false);
            return;
        }
        PersonImportPlan plan = shown.plan();
        int n = plan.problems().size();
        if (plan.changesNothing()) {
            applyNote.set("Nothing to change: the tenant already holds what Entra ID says.");
        } else if (n > 0 && !importOtherUsers.get()) {
            applyNote.set(Plural.count(n, "user") + " cannot be imported (see Problems): fix " + (n == 1 ? "it" : "them")
                    + " in Entra ID, or import the other users.");
        } else {
            applyNote.set("Import applies this as one change: Edit → Undo takes it back.");
        }
        canApply.set(step.get() == Step.DRY_RUN && !plan.changesNothing() && (n == 0 || importOtherUsers.get()));
    }

    /** The tenant the people go into; the selected tenant at first. */
    public ObjectProperty<UUID> tenantProperty() {
        return tenant;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty graphUrlProperty() {
        return graphUrl;
    }

    /** "Sign in…": the device-code sign-in that fills in {@link #tokenProperty()}. */
    public EntraSignInViewModel signIn() {
        return signIn;
    }

    /** The access token as typed or signed in; only ever in memory, cleared when the dialog closes. */
    public StringProperty tokenProperty() {
        return token;
    }

    /** A group's display name or object id: only its direct members are read; blank for every user. */
    public StringProperty groupProperty() {
        return group;
    }

    /** A .json page, or a folder of saved pages. */
    public StringProperty pagesFolderProperty() {
        return pagesFolder;
    }

    public ObjectProperty<GuestMode> guestsProperty() {
        return guests;
    }

    /** The go-ahead to leave out the users that cannot be imported (the command line's --skip-problem-rows). */
    public BooleanProperty importOtherUsersProperty() {
        return importOtherUsers;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The dry run's rows; null until one has finished (and again once the source is changed). */
    public ReadOnlyObjectProperty<PersonPlanRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** What the dry run is doing ("Read 200 users on 2 pages…", "Graph asked to wait 5 s…"), or why it stopped. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the dry run failed or the import was refused; "" when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the form still needs before a dry run; "" when it can run. */
    public ReadOnlyStringProperty sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty applyNoteProperty() {
        return applyNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDryRunProperty() {
        return canDryRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }
}
