package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleRules;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** Which clock a schedule's runs follow, as the form edits it: the tenant's zone, one of its own, or each computer's. */
final class ZoneFields {

    private final ObjectProperty<ZoneMode> mode = new SimpleObjectProperty<>(ZoneMode.TENANT);
    private final StringProperty zone = new SimpleStringProperty("");

    /** {@code onChange} runs after each edit (the form ignores those it makes while filling). */
    ZoneFields(Runnable onChange) {
        List.<Observable>of(mode, zone).forEach(input -> input.addListener(o -> onChange.run()));
    }

    void fill(MaintenanceSchedule s) {
        mode.set(s.useComputerTimeZone() ? ZoneMode.COMPUTER : s.timeZone().isBlank() ? ZoneMode.TENANT : ZoneMode.OWN);
        zone.set(s.timeZone());
    }

    /** The schedule's own zone id, or "" when it follows the tenant's or the computers'; a RuleViolation on "timeZone". */
    String ownZone() {
        if (mode.get() != ZoneMode.OWN) {
            return "";
        }
        if (zone.get().isBlank()) {
            throw new RuleViolation("timeZone", "Enter a time zone such as Europe/Berlin, or use the tenant's.");
        }
        return ScheduleRules.checkTimeZone(zone.get());
    }

    ZoneMode mode() {
        return mode.get() == null ? ZoneMode.TENANT : mode.get();
    }

    boolean onComputerClocks() {
        return mode() == ZoneMode.COMPUTER;
    }

    /** The fields as entered, to tell whether anything changed. */
    record Snapshot(ZoneMode mode, String zone) {
    }

    Snapshot snapshot() {
        return new Snapshot(mode.get(), zone.get());
    }

    ObjectProperty<ZoneMode> modeProperty() {
        return mode;
    }

    StringProperty zoneProperty() {
        return zone;
    }
}
