package dev.canopy.ui.sync;

import dev.canopy.sync.client.ConnectionCheck;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncAgent.FirstContact;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.RunningTask;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The Connect dialog's state: a server URL and token are checked (nothing saved), the first-contact case found is
 * explained, and the one choice it allows is offered (download, publish, replace the local copy, or resume); then
 * connecting runs as long work with progress and cancel. Editing the URL or token forgets the check.
 */
public final class ConnectViewModel {

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final String localData;
    private final Runnable onConnected;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper person = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FirstContact> choice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunningTask> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private ServerConnection checked;

    /** localData: what publishing would upload, in words ("the 200 tenants and 2,000 computers in this data folder…"). */
    public ConnectViewModel(SyncAccess sync, TaskExecutor tasks, String localData, Runnable onConnected) {
        this.sync = sync;
        this.tasks = tasks;
        this.localData = localData;
        this.onConnected = onConnected;
        url.addListener((obs, old, now) -> forgetCheck());
        token.addListener((obs, old, now) -> forgetCheck());
    }

    /** Fills the URL of a saved connection (never its token). */
    public void load() {
        SyncAgent agent = sync.agent();
        if (agent != null) {
            tasks.load(this, agent::connection, saved -> saved.ifPresent(c -> {
                if (url.get().isBlank()) {
                    url.set(c.server().toString());
                }
            }), error -> { });
        }
    }

    private void forgetCheck() {
        if (busy.get()) {
            return;
        }
        checked = null;
        choice.set(null);
        person.set("");
        explanation.set("");
        message.set("");
    }

    /** The URL and token as a connection, or null with the message at the field that is wrong. */
    private ServerConnection candidate() {
        String u = url.get() == null ? "" : url.get().strip();
        String t = token.get() == null ? "" : token.get().strip();
        urlError.set(urlProblem(u));
        tokenError.set(t.isEmpty() ? "Token is required: paste the token your admin gave you." : "");
        if (!urlError.get().isEmpty() || !tokenError.get().isEmpty()) {
            return null;
        }
        return new ServerConnection(URI.create(u), t);
    }

    static String urlProblem(String u) {
        if (u.isEmpty()) {
            return "Server URL is required, e.g. https://sync.example.com.";
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return "";
            }
        } catch (URISyntaxException e) {
            // explained below
        }
        return "Server URL \"" + u + "\" is not a web address; it starts with https:// (or http://), e.g. https://sync.example.com.";
    }

    /** Checks the server and token in the background; saves nothing. */
    public void check() {
        SyncAgent agent = sync.agent();
        ServerConnection candidate = candidate();
        if (agent == null || candidate == null || busy.get()) {
            return;
        }
        forgetCheck();
        busy.set(true);
        message.set("Checking " + candidate.server() + "…");
        track(tasks.start(BackgroundTask.of("Checking the sync server", progress -> agent.check(candidate)), (ConnectionCheck found) -> {
            finish();
            message.set("");
            checked = candidate;
            person.set(found.person() + (found.role() == null || found.role().isBlank() ? "" : " — " + found.roleLabel()));
            explanation.set(found.explanation());
            choice.set(found.allowed() ? found.firstContact() : null);
        }, this::failed, () -> {
            finish();
            message.set("Check cancelled; nothing was saved.");
        }));
    }

    /** The button that goes ahead with the case found. */
    public static String label(FirstContact c) {
        return switch (c) {
            case DOWNLOAD -> "Download";
            case PUBLISH -> "Publish";
            case REPLACE_LOCAL -> "Replace local copy";
            case RESUME -> "Connect";
        };
    }

    /** What the technician confirms before going ahead, or null when the case needs no confirmation. */
    public String confirmation(FirstContact c) {
        String server = checked == null ? "the server" : checked.server().toString();
        return switch (c) {
            case PUBLISH -> "Publish uploads " + localData + " to " + server
                    + ". It becomes your team's shared data, and technicians who connect later download it.";
            case REPLACE_LOCAL -> "The server already has your team's data, so this folder's local copy is replaced with the server's. "
                    + "The current database is kept as a backup file in the data folder (the dialog says where when done). "
                    + "Edits never synced stay only in that backup.";
            case DOWNLOAD, RESUME -> null;
        };
    }

    /** Saves the connection and makes the first contact, as long work with progress and cancel; then syncs. */
    public void go() {
        SyncAgent agent = sync.agent();
        FirstContact chosen = choice.get();
        ServerConnection connection = checked;
        if (agent == null || chosen == null || connection == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        track(tasks.start(BackgroundTask.of(title(chosen), progress -> agent.connect(connection, chosen, new TaskSyncProgress(progress))),
                (SyncOutcome outcome) -> {
                    finish();
                    choice.set(null);
                    done.set(true);
                    message.set("Connected to " + connection.server() + ". " + SyncMessages.outcome(outcome)
                            + (outcome.backup() == null ? "" : " Your previous local copy is kept at " + outcome.backup() + "."));
                    onConnected.run();
                }, this::failed, () -> {
                    finish();
                    message.set("Cancelled. Nothing half-done is kept; you can connect again.");
                }));
    }

    private static String title(FirstContact c) {
        return switch (c) {
            case DOWNLOAD -> "Downloading from the sync server";
            case PUBLISH -> "Publishing to the sync server";
            case REPLACE_LOCAL -> "Replacing the local copy";
            case RESUME -> "Connecting to the sync server";
        };
    }

    /** The handle of work still running (work that already ended, as on an immediate executor, is not kept). */
    private void track(RunningTask running) {
        if (busy.get()) {
            task.set(running);
        }
    }

    private void failed(Throwable error) {
        finish();
        message.set(SyncMessages.failure(error));
    }

    private void finish() {
        busy.set(false);
        task.set(null);
    }

    /** Cancels the check or the connect under way. */
    public void cancel() {
        RunningTask running = task.get();
        if (running != null) {
            running.cancel();
        }
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenErrorProperty() {
        return tokenError.getReadOnlyProperty();
    }

    /** "ana@northwind.example (MSP_ADMIN)" after a check. */
    public ReadOnlyStringProperty personProperty() {
        return person.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Progress, outcome or why it failed, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The case the check found when it may go ahead; null before a check, after an edit, or when not allowed. */
    public ReadOnlyObjectProperty<FirstContact> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunningTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
