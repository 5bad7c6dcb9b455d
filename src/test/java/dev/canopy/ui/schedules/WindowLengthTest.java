package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowLengthTest {

    @Test
    void readsMinutesAndHoursAsTechniciansTypeThem() {
        assertThat(WindowLength.parse("90")).isEqualTo(90);
        assertThat(WindowLength.parse(" 45 min ")).isEqualTo(45);
        assertThat(WindowLength.parse("1:30")).isEqualTo(90);
        assertThat(WindowLength.parse("2h")).isEqualTo(120);
        assertThat(WindowLength.parse("1h 15m")).isEqualTo(75);
        assertThat(WindowLength.parse("24 hours")).isEqualTo(1440);
        assertThat(WindowLength.words(150)).isEqualTo("2 h 30 min");
        assertThat(WindowLength.words(45)).isEqualTo("45 min");
    }

    @Test
    void refusesZeroMoreThanADayAndNonsenseOnTheWindowField() {
        assertThatThrownBy(() -> WindowLength.parse("0")).isInstanceOf(RuleViolation.class)
                .hasMessage("A maintenance window must be between 1 minute and 24 hours (got 0).")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("windowMinutes");
        assertThatThrownBy(() -> WindowLength.parse("24:01")).hasMessageContaining("(got 1441)");
        assertThatThrownBy(() -> WindowLength.parse("soon")).hasMessageStartingWith("\"soon\" is not a length");
        assertThatThrownBy(() -> WindowLength.parse("")).hasMessageStartingWith("Enter how long");
    }
}
