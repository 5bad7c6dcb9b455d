package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recurrence fields: a stored cron shown in its friendly form, switching forms, times as technicians type them. */
class RecurrenceFieldsTest {

    private int changes;
    private final RecurrenceFields fields = new RecurrenceFields(() -> changes++);

    @Test
    void aStoredCronIsShownInTheFriendlyFormItMatchesWithoutCountingAsAnEdit() {
        fields.fill("30 5 * * MON,THU");
        assertThat(fields.modeProperty().get()).isEqualTo(RecurrenceMode.WEEKLY);
        assertThat(fields.dayProperty(DayOfWeek.MONDAY).get()).isTrue();
        assertThat(fields.dayProperty(DayOfWeek.TUESDAY).get()).isFalse();
        assertThat(fields.timeProperty().get()).isEqualTo("05:30");
        fields.fill("0 3 15 * *");
        assertThat(fields.modeProperty().get()).isEqualTo(RecurrenceMode.MONTHLY);
        assertThat(fields.dayOfMonthProperty().get()).isEqualTo(15);
        assertThat(fields.dayProperty(DayOfWeek.MONDAY).get()).as("the last schedule's days are cleared").isFalse();
        fields.fill("0 3 * 1 *");
        assertThat(fields.modeProperty().get()).as("January only has no friendly form").isEqualTo(RecurrenceMode.CUSTOM);
        fields.fill("every full moon");
        assertThat(fields.modeProperty().get()).isEqualTo(RecurrenceMode.CUSTOM);
        assertThat(fields.cronProperty().get()).isEqualTo("every full moon");
        assertThat(changes).isZero();
    }

    @Test
    void switchingFormsCarriesTheRecurrenceOverAsOneEdit() {
        fields.fill("0 22 * * *");
        fields.modeProperty().set(RecurrenceMode.CUSTOM);
        assertThat(fields.cronProperty().get()).isEqualTo("0 22 * * *");
        assertThat(changes).isEqualTo(1);
        fields.cronProperty().set("15 4 * * SAT,SUN");
        fields.modeProperty().set(RecurrenceMode.WEEKLY);
        assertThat(fields.timeProperty().get()).isEqualTo("04:15");
        assertThat(fields.dayProperty(DayOfWeek.SATURDAY).get()).isTrue();
        assertThat(fields.dayProperty(DayOfWeek.SUNDAY).get()).isTrue();
        assertThat(fields.recurrence().describe()).isEqualTo("Every Saturday and Sunday at 04:15");
        assertThat(changes).isEqualTo(3);
    }

    @Test
    void aWeekWithoutDaysAndATimeOffTheClockAreRefusedOnTheRecurrence() {
        fields.fill("0 22 * * *");
        fields.modeProperty().set(RecurrenceMode.WEEKLY);
        assertThatThrownBy(fields::recurrence).isInstanceOf(RuleViolation.class).hasMessage("Choose at least one day of the week.")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("recurrence");
        assertThat(RecurrenceFields.parseTime(" 7.15 ")).isEqualTo(LocalTime.of(7, 15));
        assertThat(RecurrenceFields.parseTime("2230")).isEqualTo(LocalTime.of(22, 30));
        assertThatThrownBy(() -> RecurrenceFields.parseTime("24:00"))
                .hasMessage("Enter the time as HH:MM on a 24-hour clock, e.g. 22:30.");
    }
}
