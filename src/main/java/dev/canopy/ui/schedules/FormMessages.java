package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The schedule form's messages: one under each field, keyed by the field names of
 * {@link dev.canopy.domain.schedule.MaintenanceSchedule} as the domain's refusals name them, and one by the
 * Save button for a refusal that names no field.
 */
final class FormMessages {

    static final List<String> FIELDS = List.of("name", "recurrence", "windowMinutes", "timeZone", "promptTimeoutMinutes", "target");

    private final Map<String, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    FormMessages() {
        FIELDS.forEach(field -> fields.put(field, new ReadOnlyStringWrapper("")));
    }

    /** Before the fields are checked again. */
    void clearFields() {
        fields.values().forEach(m -> m.set(""));
        valid.set(true);
    }

    void clearAll() {
        clearFields();
        general.set("");
    }

    /**
     * Runs a check and returns its result, or null when it was refused: the refusal lands at the field it names
     * (at {@code field} when it names none of the form's). A field keeps its first refusal.
     */
    <T> T attempt(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolation violation) {
            ReadOnlyStringWrapper at = fields.get(fields.containsKey(violation.field()) ? violation.field() : field);
            if (at.get().isEmpty()) {
                at.set(violation.getMessage());
            }
            valid.set(false);
            return null;
        }
    }

    /** A save the store refused: at the field its refusal names, else by the Save button. */
    void refused(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        ReadOnlyStringWrapper at = e instanceof RuleViolation violation && violation.field() != null ? fields.get(violation.field()) : null;
        if (at == null) {
            general.set(ErrorDialogs.messageFor(e));
        } else {
            at.set(e.getMessage());
            valid.set(false);
        }
    }

    ReadOnlyStringProperty field(String name) {
        return fields.get(name).getReadOnlyProperty();
    }

    ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    /** True while no field is refused. */
    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }
}
