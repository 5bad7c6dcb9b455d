package dev.canopy.imports;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick path for ISO instants reads exactly what OffsetDateTime.parse reads, and refuses what it refuses. */
class SourceDatesIsoPropertiesTest {

    @Property(tries = 500)
    void anIsoInstantReadsAsOffsetDateTimeReadsIt(@ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @IntRange(min = 0, max = 14) int month,
                                                  @ForAll @IntRange(min = 0, max = 32) int day, @ForAll @IntRange(min = 0, max = 25) int hour,
                                                  @ForAll @IntRange(min = 0, max = 60) int minute, @ForAll @IntRange(min = 0, max = 61) int second,
                                                  @ForAll @IntRange(min = 0, max = 9) int fractionDigits, @ForAll @IntRange(min = -19, max = 19) int offsetHours) {
        String fraction = fractionDigits == 0 ? "" : "." + "123456789".substring(0, fractionDigits);
        String offset = offsetHours == 0 ? "Z" : String.format(Locale.ROOT, "%+03d:30", offsetHours);
        String text = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s%s", year, month, day, hour, minute, second, fraction, offset);
        ZoneId anyZone = ZoneId.of("Europe/Berlin");
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException refused) {
            assertThatThrownBy(() -> SourceDates.parse(text, SourceDates.Order.AMBIGUOUS, anyZone)).as(text)
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(SourceDates.parse(text, SourceDates.Order.AMBIGUOUS, anyZone)).as(text).contains(expected.toInstant());
    }
}
