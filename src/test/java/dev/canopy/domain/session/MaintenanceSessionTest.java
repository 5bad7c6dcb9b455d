package dev.canopy.domain.session;

import dev.canopy.domain.RecordMeta;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaintenanceSessionTest {

    private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    private static final RecordMeta META = RecordMeta.created(START, "import");

    private static MaintenanceSession session(Instant finished, SessionStatus status) {
        return new MaintenanceSession(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START, finished, status,
                "  Installed 3 updates  ", META);
    }

    @Test
    void aFinishedSessionKnowsHowLongItTook() {
        MaintenanceSession s = session(START.plus(Duration.ofMinutes(42)), SessionStatus.SUCCEEDED);
        assertThat(s.duration()).contains(Duration.ofMinutes(42));
        assertThat(s.elapsed(START.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofMinutes(42));
        assertThat(s.summary()).isEqualTo("Installed 3 updates");
    }

    @Test
    void aRunningSessionHasNoDurationButAnElapsedTime() {
        MaintenanceSession s = session(null, SessionStatus.RUNNING);
        assertThat(s.duration()).isEmpty();
        assertThat(s.elapsed(START.plus(Duration.ofMinutes(7)))).isEqualTo(Duration.ofMinutes(7));
        // a clock behind the agent's never shows a negative time
        assertThat(s.elapsed(START.minusSeconds(30))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aSessionMayFinishTheMomentItStarts() {
        assertThat(session(START, SessionStatus.CANCELLED).duration()).contains(Duration.ZERO);
    }

    @Test
    void finishedBeforeStartedIsRefused() {
        assertThatThrownBy(() -> session(START.minusSeconds(1), SessionStatus.FAILED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("finished:")
                .hasMessageContaining("before the start");
    }

    @Test
    void runningHasNoFinishAndEveryOtherStatusHasOne() {
        assertThatThrownBy(() -> session(START.plusSeconds(60), SessionStatus.RUNNING))
                .hasMessageContaining("RUNNING session has no finish time");
        for (SessionStatus status : new SessionStatus[]{SessionStatus.SUCCEEDED, SessionStatus.FAILED, SessionStatus.CANCELLED}) {
            assertThatThrownBy(() -> session(null, status)).hasMessageContaining(status + " session needs its finish time");
            assertThat(status.finished()).isTrue();
        }
        assertThat(SessionStatus.RUNNING.finished()).isFalse();
    }

    @Test
    void aMissingSummaryBecomesEmpty() {
        MaintenanceSession s = new MaintenanceSession(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
                START.plusSeconds(600), SessionStatus.SUCCEEDED, null, META);
        assertThat(s.summary()).isEmpty();
    }
}
