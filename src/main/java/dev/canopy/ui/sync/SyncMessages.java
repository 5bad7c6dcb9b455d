package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncFailure;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Plural;

import java.util.ArrayList;
import java.util.List;

/** Sync's failures and outcomes as sentences for a technician (a failure's own message; never a stack trace). */
public final class SyncMessages {

    private SyncMessages() {
    }

    public static String failure(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        if (e instanceof SyncFailure failure) {
            String message = failure.getMessage();
            if (message != null && !message.isBlank()) {
                return message;
            }
            return switch (failure.kind()) {
                case OFFLINE -> "The server cannot be reached. Your edits are kept and sent when it is back.";
                case UNAUTHORIZED -> "The server did not accept the token. Check it, or ask your admin for a new one.";
                case REFUSED -> "The server refused the request.";
                case CANCELLED -> "Cancelled.";
            };
        }
        return ErrorDialogs.messageFor(e);
    }

    /** "Sent 3 (1 merged), received 120; 1 conflict to resolve." */
    public static String outcome(SyncOutcome outcome) {
        int sent = outcome.applied() + outcome.merged();
        StringBuilder text = new StringBuilder("Sent ").append(String.format("%,d", sent));
        if (outcome.merged() > 0) {
            text.append(" (").append(String.format("%,d", outcome.merged())).append(" merged)");
        }
        text.append(", received ").append(String.format("%,d", outcome.pulled()));
        List<String> attention = new ArrayList<>();
        if (outcome.conflicts() > 0) {
            attention.add(Plural.count(outcome.conflicts(), "conflict"));
        }
        if (outcome.rejected() > 0) {
            attention.add(String.format("%,d rejected", outcome.rejected()));
        }
        if (!attention.isEmpty()) {
            text.append("; ").append(String.join(" and ", attention)).append(" to resolve in Conflicts");
        }
        return text.append('.').toString();
    }
}
