package dev.canopy.ui.common;

import dev.canopy.domain.RuleViolation;
import dev.canopy.store.StoreException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Turns failures into readable dialogs: refusals show their reason; anything unexpected goes to the log. */
public final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    /** The sentence to show for a failure; unexpected ones are logged with their stack trace. */
    public static String messageFor(Throwable error) {
        Throwable e = unwrap(error);
        Optional<String> reason = reasonFor(e);
        if (reason.isPresent()) {
            return reason.get();
        }
        LOG.error("Unexpected error", e);
        return "Something unexpected went wrong (" + e.getClass().getSimpleName() + "). Nothing was changed. "
                + "The details are in canopy.log in the data folder.";
    }

    /** A refusal's own reason (a rule or the store said no, in words for the technician); empty for anything else. */
    public static Optional<String> reasonFor(Throwable error) {
        Throwable e = unwrap(error);
        return e instanceof RuleViolation || e instanceof StoreException ? Optional.ofNullable(e.getMessage()) : Optional.empty();
    }

    public static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.ExecutionException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public static void show(Window owner, String title, Throwable error) {
        showMessage(owner, title, messageFor(error));
    }

    public static void showMessage(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }
}
