package dev.canopy.ui.imports;

import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.SignInFailed;
import dev.canopy.ui.common.BackgroundTask;
import dev.canopy.ui.common.ErrorDialogs;
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
import javafx.beans.value.ChangeListener;

import java.util.function.Supplier;

/**
 * The Entra import's "Sign in…": Microsoft's device-code sign-in in the background with the technician's app
 * registration (client id) and directory. While it waits, the page to open and the code to enter are shown; Cancel
 * ends the wait. On success the signed-in token goes into the import's token (masked there, never shown or saved).
 */
public final class EntraSignInViewModel {

    public enum State { IDLE, WAITING, SIGNED_IN }

    private final TaskExecutor tasks;
    private final Supplier<DeviceCodeSignIn> signIns;
    private final StringProperty token;
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty directory = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSignIn = new ReadOnlyBooleanWrapper(false);
    // MSAL hands the code over on its own thread; the task's progress line carries it to the FX thread
    private volatile DeviceCodeSignIn.Prompt latestPrompt;
    private final ChangeListener<String> onLine = (obs, old, line) -> showPrompt();
    private RunningTask running;

    /** @param token where the signed-in token goes (the import's token) */
    public EntraSignInViewModel(TaskExecutor tasks, Supplier<DeviceCodeSignIn> signIns, StringProperty token) {
        this.tasks = tasks;
        this.signIns = signIns;
        this.token = token;
        clientId.addListener(o -> update());
        state.addListener(o -> update());
    }

    /** Asks Microsoft for a code and waits, in the background, for the technician to sign in with it. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String client = clientId.get();
        String dir = directory.get();
        error.set("");
        latestPrompt = null;
        progress.set("Asking Microsoft for a sign-in code…");
        state.set(State.WAITING);
        RunningTask task = tasks.start(BackgroundTask.of("Signing in to Entra ID", p -> {
            try {
                return signIns.get().signIn(client, dir, prompt -> {
                    latestPrompt = prompt;
                    p.update(-1, "Waiting for you to sign in (the code works for " + Math.max(1, prompt.expiresIn().toMinutes()) + " min)…");
                }, p::isCancelled);
            } catch (java.util.concurrent.CancellationException e) {
                p.throwIfCancelled();
                throw e;
            }
        }), signedIn -> {
            ended("Signed in: the access token is filled in (kept only while this dialog is open).");
            token.set(signedIn);
            state.set(State.SIGNED_IN);
        }, failure -> {
            ended("");
            error.set(messageOf(failure));
            state.set(State.IDLE);
        }, () -> {
            ended("Sign-in cancelled.");
            state.set(State.IDLE);
        });
        if (state.get() == State.WAITING) {  // still waiting (an immediate executor has finished already)
            running = task;
            progress.bind(task.lineProperty());
            progress.addListener(onLine);
            showPrompt();
        }
    }

    private void showPrompt() {
        DeviceCodeSignIn.Prompt prompt = latestPrompt;
        if (prompt != null && state.get() == State.WAITING) {
            url.set(prompt.url());
            code.set(prompt.code());
        }
    }

    private void ended(String line) {
        running = null;
        progress.removeListener(onLine);
        progress.unbind();
        progress.set(line);
        latestPrompt = null;
        url.set("");
        code.set("");
    }

    /** Ends the wait; no token is filled in. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The dialog closed: a sign-in still waiting is cancelled. */
    public void close() {
        cancel();
    }

    static String messageOf(Throwable failure) {
        Throwable e = ErrorDialogs.unwrap(failure);
        if (e instanceof SignInFailed || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "Sign-in failed: " + ImportMessages.of(e);
    }

    private void update() {
        canSignIn.set(!clientId.get().isBlank() && state.get() != State.WAITING);
    }

    /** The application (client) id of the technician's Entra app registration; there is no default. */
    public StringProperty clientIdProperty() {
        return clientId;
    }

    /** The directory (tenant) id or a domain; blank for the signing-in account's own directory. */
    public StringProperty directoryProperty() {
        return directory;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The page to open while waiting; "" otherwise. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** The code to enter on that page while waiting; "" otherwise. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** What the sign-in is doing, or how it ended. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the sign-in gave no token; "" when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSignInProperty() {
        return canSignIn.getReadOnlyProperty();
    }
}
