package dev.canopy.ui.common;

import dev.canopy.MutableClock;
import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the uncaught-error dialog says and copies, and how a burst of errors stays one dialog. */
class UncaughtErrorViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Path LOG = Path.of("/data/canopy/canopy.log");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:15:30Z"), BERLIN);
    private final UncaughtErrorViewModel model = new UncaughtErrorViewModel(clock, "0.1.0", LOG);

    private UncaughtError failure(String thread, Throwable error) {
        return new UncaughtError(clock.instant(), thread, error);
    }

    private static IllegalStateException thrown(String message) {
        try {
            throw new IllegalStateException(message, new java.io.IOException("disk said no"));
        } catch (IllegalStateException e) {
            return e;
        }
    }

    @Test
    void theDetailsHoldTimeVersionThreadExceptionAndEveryStackFrameWithTheCause() {
        model.report(failure("canopy-sync", thrown("row 12 has no tenant")));

        String details = model.details();
        assertThat(details).contains(
                "Version: 0.1.0",
                "Log: " + LOG,
                "Time: 2025-03-01T10:15:30+01:00",
                "Thread: canopy-sync",
                "java.lang.IllegalStateException: row 12 has no tenant",
                "\tat dev.canopy.ui.common.UncaughtErrorViewModelTest.thrown(UncaughtErrorViewModelTest.java:",
                "Caused by: java.io.IOException: disk said no");
        assertThat(details).doesNotContain("Error 1 of");
    }

    @Test
    void aVersionNotRecordedAndNoLogFileAreSaidSo() {
        UncaughtErrorViewModel fromClasses = new UncaughtErrorViewModel(clock, null, null);
        fromClasses.report(failure("main", thrown("x")));

        assertThat(fromClasses.details()).contains("Version: not recorded (not a packaged build)").doesNotContain("Log:");
        assertThat(fromClasses.messageProperty().get()).contains("The details are in Canopy's log.");
    }

    @Test
    void theMessageSaysWhatHappenedThatCanopyGoesOnAndWhereTheLogIsWithoutAStackTrace() {
        model.report(failure("JavaFX Application Thread", new CompletionException(new NullPointerException("name"))));

        String message = model.messageProperty().get();
        assertThat(message).startsWith("Something unexpected went wrong (NullPointerException).")
                .contains("Canopy goes on running", "The details are in " + LOG + ".", "Copy details")
                .doesNotContain("\tat ", "java.lang.");
    }

    @Test
    void aRefusalThatNobodyCaughtShowsItsOwnReason() {
        model.report(failure("main", new RuleViolation("name", RuleViolation.Kind.TAKEN, "Acme already has a site named Berlin.")));

        assertThat(model.messageProperty().get()).startsWith("Acme already has a site named Berlin.");
    }

    @Test
    void aBurstOfErrorsOpensOneDialogThatCountsTheRepeatsAndCopiesTheFirstFewInFull() {
        assertThat(model.report(failure("worker-0", thrown("first")))).as("the first opens the dialog").isTrue();
        for (int i = 1; i <= 30; i++) {
            assertThat(model.report(failure("worker-" + i, thrown("again " + i)))).as("repeat %d joins it", i).isFalse();
        }

        assertThat(model.isOpen()).isTrue();
        assertThat(model.messageProperty().get()).contains("It happened 30 more times since.");
        String details = model.details();
        assertThat(details).contains("Error 1 of 31", "first", "Error 5 of 31", "Thread: worker-4", "again 4",
                "26 more errors, in the log.");
        assertThat(details).doesNotContain("Error 6 of 31", "again 5");
    }

    @Test
    void afterClosingANewErrorOpensAgainButTheSameOneIsHushedForAMinute() {
        IllegalStateException repeating = thrown("every frame");
        model.report(failure("JavaFX Application Thread", repeating));
        model.closed();

        assertThat(model.isOpen()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.report(failure("JavaFX Application Thread", repeating))).as("the same, at once").isFalse();
        assertThat(model.isOpen()).isFalse();

        clock.advance(UncaughtErrorViewModel.HUSH.plusSeconds(1));
        assertThat(model.report(failure("JavaFX Application Thread", repeating))).as("the same, a minute on").isTrue();
        model.closed();

        assertThat(model.report(failure("canopy-sync", thrown("something else")))).as("a different one").isTrue();
        assertThat(model.details()).contains("something else").doesNotContain("every frame");
    }
}
