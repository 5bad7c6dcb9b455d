package dev.canopy.ui.common;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Properties;

/**
 * Catches what no code caught, on any thread: logs it with its stack trace, then shows the uncaught-error dialog on
 * the FX thread. The thread that threw ends as it would anyway; the app and its window go on.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);

    private final Window owner;
    private final UncaughtErrorViewModel model;

    UncaughtErrorHandler(Window owner, UncaughtErrorViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    /**
     * Makes this the handler of every thread, the FX thread included (call it on the FX thread), with dialogs over
     * the given window.
     */
    public static UncaughtErrorHandler install(Window owner) {
        UncaughtErrorHandler handler = new UncaughtErrorHandler(owner,
                new UncaughtErrorViewModel(DisplayZone.clock(), version(), logFile()));
        Thread.setDefaultUncaughtExceptionHandler(handler);
        // the FX thread: JavaFX asks the thread's own handler first, and one set there earlier would win over the default
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.error("Uncaught error on thread {}", thread.getName(), error);
            UncaughtError report = new UncaughtError(Instant.now(), thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(report);
            } else {
                Platform.runLater(() -> show(report));
            }
        } catch (Throwable failure) {
            // the toolkit has stopped (the app is closing) or logging itself failed: leave it as Java would have
            error.printStackTrace();
        }
    }

    private void show(UncaughtError report) {
        if (!owner.isShowing()) {
            return;  // the window is closing or closed: the log has it
        }
        try {
            if (model.report(report)) {
                UncaughtErrorDialog.show(owner, model);
            }
        } catch (RuntimeException e) {
            model.closed();  // so the next error tries again instead of joining a dialog that never opened
            LOG.error("The error dialog could not be shown", e);
        }
    }

    /** The app's version from its jar (the manifest, else the pom.properties Maven puts in every jar); null from classes. */
    static String version() {
        String fromManifest = UncaughtErrorHandler.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = UncaughtErrorHandler.class.getResourceAsStream("/META-INF/maven/dev.canopy/canopy/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** The file the log goes to (canopy.log in the data folder, set up by the launcher), or null when there is none. */
    static Path logFile() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Iterator<Appender<ILoggingEvent>> appenders =
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
            while (appenders.hasNext()) {
                if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
                    return Path.of(file.getFile());
                }
            }
        }
        return null;
    }
}
