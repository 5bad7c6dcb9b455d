package dev.canopy.ui.sync;

import dev.canopy.sync.client.PreviewItem;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Before it sends": the dry run's verdicts in words, dropping an edit, sending all, and a server that cannot be asked. */
class PreviewViewModelTest {

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private final FixedSync sync = new FixedSync(agent);
    private final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    private final List<String> notices = new ArrayList<>();
    private int windowReloads;
    private PreviewViewModel model;

    @BeforeEach
    void setUp() {
        agent.preview.add(new PreviewItem(1, "rename of Acme to Acme Corp", "APPLIED", ""));
        agent.preview.add(new PreviewItem(2, "description of Globex", "MERGED", "other fields changed on the server"));
        agent.preview.add(new PreviewItem(3, "rename of Initech", "CONFLICT", "name changed by bob@northwind.example"));
        agent.preview.add(new PreviewItem(4, "move of Umbrella under Umbrella Sub", "REJECTED", "a tenant cannot be its own ancestor"));
        model = new PreviewViewModel(sync, tasks, new SyncRunner(sync, tasks, notices::add, () -> { }), () -> windowReloads++);
    }

    @Test
    void eachPendingEditShowsWhatTheServerWouldDoAndWhy() {
        model.run();
        assertThat(model.rows()).extracting(PreviewRow::verdict).containsExactly("Will apply", "Will merge", "Conflict", "Rejected");
        assertThat(model.rows().get(3).reason()).isEqualTo("a tenant cannot be its own ancestor");
        assertThat(model.summaryProperty().get()).startsWith("1 will apply, 1 will merge, 1 will conflict, 1 will be rejected. Nothing has been sent yet.");
        assertThat(agent.syncs).as("a preview sends nothing").isZero();
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void droppingAnEditUndoesItAndLeavesTheOthers() {
        model.run();
        model.drop(model.rows().get(3));
        assertThat(agent.dropped).containsExactly(4L);
        assertThat(model.rows()).extracting(PreviewRow::id).containsExactly(1L, 2L, 3L);
        assertThat(model.summaryProperty().get()).startsWith("1 will apply, 1 will merge, 1 will conflict.");
        assertThat(windowReloads).isEqualTo(1);
    }

    @Test
    void sendAllSyncs() {
        model.run();
        model.sendAll();
        assertThat(agent.syncs).isEqualTo(1);
        assertThat(notices).singleElement().asString().startsWith("Synced: ");
    }

    @Test
    void aServerThatCannotBeAskedIsSaidInWordsAndNothingCanBeSent() {
        agent.failure = new SyncFailure(SyncFailure.Kind.OFFLINE, "The server cannot be reached; nothing was sent.", null);
        model.run();
        assertThat(model.summaryProperty().get()).isEqualTo("The server cannot be reached; nothing was sent.");
        assertThat(model.canSendProperty().get()).isFalse();
        model.sendAll();
        assertThat(agent.syncs).isZero();
    }
}
