package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.TargetKind;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Words the Schedules tab shows for domain values. */
final class Labels {

    private Labels() {
    }

    static String of(RebootPreference preference) {
        if (preference == null) {
            return "";
        }
        return preference.label();
    }

    static String of(TargetKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case ALL_COMPUTERS -> "All computers";
            case TAG -> "Computers with tag";
            case COMPUTERS -> "Chosen computers";
        };
    }

    /** A one-way converter for combo boxes that only show values. */
    static <T> StringConverter<T> converter(Function<T, String> toText) {
        return dev.canopy.ui.common.ChoiceText.orEmpty(toText);
    }
}
