package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleRules;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** How a schedule's computers reboot: the preference, the prompt timeout, consent, and quiet business hours. */
final class RebootFields {

    private final ObjectProperty<RebootPreference> preference = new SimpleObjectProperty<>(RebootPreference.NORMAL);
    private final StringProperty promptTimeout = new SimpleStringProperty("");
    private final BooleanProperty autoConsent = new SimpleBooleanProperty(false);
    private final BooleanProperty suppress = new SimpleBooleanProperty(true);

    /** {@code onChange} runs after each edit (the form ignores those it makes while filling). */
    RebootFields(Runnable onChange) {
        List.<Observable>of(preference, promptTimeout, autoConsent, suppress).forEach(input -> input.addListener(o -> onChange.run()));
    }

    void fill(MaintenanceSchedule s) {
        preference.set(s.rebootPreference());
        promptTimeout.set(String.valueOf(s.promptTimeoutMinutes()));
        autoConsent.set(s.autoConsentToReboots());
        suppress.set(s.suppressRebootsDuringBusinessHours());
    }

    /** The prompt timeout entered; a RuleViolation on "promptTimeoutMinutes" when it is not whole minutes in range. */
    int promptMinutes() {
        String text = promptTimeout.get().strip();
        if (!text.matches("\\d{1,5}")) {
            throw new RuleViolation("promptTimeoutMinutes", "Enter the prompt timeout in whole minutes (0 = no prompt).");
        }
        return ScheduleRules.checkPromptTimeoutMinutes(Integer.parseInt(text));
    }

    /** The fields as entered, to tell whether anything changed. */
    record Snapshot(RebootPreference preference, String promptTimeout, boolean autoConsent, boolean suppress) {
    }

    Snapshot snapshot() {
        return new Snapshot(preference.get(), promptTimeout.get(), autoConsent.get(), suppress.get());
    }

    RebootPreference preference() {
        return preference.get();
    }

    boolean autoConsents() {
        return autoConsent.get();
    }

    boolean suppresses() {
        return suppress.get();
    }

    ObjectProperty<RebootPreference> preferenceProperty() {
        return preference;
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
}
