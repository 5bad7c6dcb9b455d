package dev.canopy.domain;

import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.UndoHistory;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UndoHistoryTest {

    @Test
    void undoThenRedoSwapsStepsAndANewActionClearsRedo() {
        UUID id = UUID.randomUUID();
        UndoHistory history = new UndoHistory();
        history.done("creation of Acme", new DeleteTenant(id));
        assertThat(history.nextUndo()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("creation of Acme"));

        history.undone(new RestoreTenant(id));
        assertThat(history.nextUndo()).isEmpty();
        assertThat(history.nextRedo()).hasValueSatisfying(s -> assertThat(s.command()).isEqualTo(new RestoreTenant(id)));

        history.redone(new DeleteTenant(id));
        assertThat(history.nextUndo()).isPresent();
        history.undone(new RestoreTenant(id));
        history.done("rename of Globex", new DeleteTenant(id));
        assertThat(history.nextRedo()).isEmpty();
    }
}
