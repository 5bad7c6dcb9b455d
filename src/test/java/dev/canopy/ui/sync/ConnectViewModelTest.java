package dev.canopy.ui.sync;

import dev.canopy.sync.client.ConnectionCheck;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent.FirstContact;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.common.TaskProgress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Connect dialog: the fields checked first, each first-contact case's button and confirmation, connecting, failures in words. */
class ConnectViewModelTest {

    private static final String LOCAL = "the 12 tenants and 40 computers in this data folder";
    private static final String SERVER = "https://sync.northwind.example";

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private int connectedRuns;
    private final ConnectViewModel model = new ConnectViewModel(new FixedSync(agent), new ImmediateTaskExecutor(), LOCAL, () -> connectedRuns++);

    private void checkAs(FirstContact found, boolean allowed, String role) {
        agent.checkAnswer = new ConnectionCheck("ana@northwind.example", role, found, "What happens for " + found, allowed);
        model.urlProperty().set(SERVER);
        model.tokenProperty().set("  t0ken  ");
        model.check();
    }

    @Test
    void anEmptyOrNonWebAddressAndAMissingTokenAreNamedAtTheirFieldsAndNothingIsAsked() {
        model.check();
        assertThat(model.urlErrorProperty().get()).isEqualTo("Server URL is required, e.g. https://sync.example.com.");
        assertThat(model.tokenErrorProperty().get()).startsWith("Token is required");
        model.urlProperty().set("sync.northwind.example");
        model.tokenProperty().set("t0ken");
        model.check();
        assertThat(model.urlErrorProperty().get()).startsWith("Server URL \"sync.northwind.example\" is not a web address");
        assertThat(model.tokenErrorProperty().get()).isEmpty();
        assertThat(agent.checked).isEmpty();
        assertThat(model.choiceProperty().get()).isNull();
    }

    @Test
    void checkShowsThePersonAndExplanationAndOffersTheOneCaseFound() {
        checkAs(FirstContact.DOWNLOAD, true, "TECHNICIAN");
        assertThat(agent.checked).containsExactly(new ServerConnection(URI.create(SERVER), "t0ken"));
        assertThat(model.personProperty().get()).isEqualTo("ana@northwind.example — Technician");
        assertThat(model.explanationProperty().get()).isEqualTo("What happens for DOWNLOAD");
        assertThat(model.choiceProperty().get()).isEqualTo(FirstContact.DOWNLOAD);
        assertThat(ConnectViewModel.label(model.choiceProperty().get())).isEqualTo("Download");
        assertThat(model.confirmation(FirstContact.DOWNLOAD)).isNull();
        assertThat(agent.connected).as("a check saves nothing").isEmpty();
    }

    @Test
    void aCaseThatMayNotGoAheadIsExplainedWithoutAButton() {
        checkAs(FirstContact.PUBLISH, false, "TECHNICIAN");
        assertThat(model.explanationProperty().get()).isEqualTo("What happens for PUBLISH");
        assertThat(model.choiceProperty().get()).isNull();
        model.go();
        assertThat(agent.connected).isEmpty();
    }

    @Test
    void publishSaysWhatWillBeUploadedThenConnectsWithThatChoice() {
        checkAs(FirstContact.PUBLISH, true, "MSP_ADMIN");
        assertThat(ConnectViewModel.label(FirstContact.PUBLISH)).isEqualTo("Publish");
        assertThat(model.confirmation(FirstContact.PUBLISH)).startsWith("Publish uploads " + LOCAL + " to " + SERVER + ".");
        agent.outcome = new SyncOutcome(0, 0, 0, 0, 0, 52, null);
        model.go();
        assertThat(agent.connected).containsExactly(new FakeSyncAgent.Connected(new ServerConnection(URI.create(SERVER), "t0ken"), FirstContact.PUBLISH));
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("Connected to " + SERVER + ".");
        assertThat(connectedRuns).isEqualTo(1);
    }

    @Test
    void replacingTheLocalCopySaysABackupIsKeptAndAfterwardsWhere() {
        checkAs(FirstContact.REPLACE_LOCAL, true, "TECHNICIAN");
        assertThat(ConnectViewModel.label(FirstContact.REPLACE_LOCAL)).isEqualTo("Replace local copy");
        assertThat(model.confirmation(FirstContact.REPLACE_LOCAL)).contains("kept as a backup file");
        Path backup = Path.of("/data/canopy/canopy-before-sync-20260303.mv.db");
        agent.outcome = new SyncOutcome(0, 0, 0, 0, 1200, 1200, backup);
        model.go();
        assertThat(agent.connected).extracting(FakeSyncAgent.Connected::choice).containsExactly(FirstContact.REPLACE_LOCAL);
        assertThat(model.messageProperty().get()).endsWith("Your previous local copy is kept at " + backup + ".");
    }

    @Test
    void editingTheUrlAfterACheckForgetsIt() {
        checkAs(FirstContact.RESUME, true, "TECHNICIAN");
        assertThat(ConnectViewModel.label(model.choiceProperty().get())).isEqualTo("Connect");
        model.urlProperty().set("https://other.example");
        assertThat(model.choiceProperty().get()).isNull();
        assertThat(model.personProperty().get()).isEmpty();
        model.go();
        assertThat(agent.connected).isEmpty();
    }

    @Test
    void aRefusedTokenOrAFailedConnectIsShownAsTheAgentsSentence() {
        agent.failure = new SyncFailure(SyncFailure.Kind.UNAUTHORIZED, "The server does not know this token. Ask your admin for a new one.", null);
        checkAs(FirstContact.DOWNLOAD, true, "TECHNICIAN");
        assertThat(model.messageProperty().get()).isEqualTo("The server does not know this token. Ask your admin for a new one.");
        assertThat(model.choiceProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();

        model.check();
        agent.failure = new SyncFailure(SyncFailure.Kind.REFUSED, "", null);
        model.go();
        assertThat(model.messageProperty().get()).isEqualTo("The server refused the request.");
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(connectedRuns).isZero();
    }

    @Test
    void theTasksProgressAndCancelReachSync() {
        List<String> lines = new ArrayList<>();
        boolean[] cancelled = {false};
        TaskProgress task = new TaskProgress() {
            @Override
            public void update(double fraction, String line) {
                lines.add(fraction + " " + line);
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        TaskSyncProgress progress = new TaskSyncProgress(task);
        progress.update(0.25, "Page 1 of 4");
        assertThat(lines).containsExactly("0.25 Page 1 of 4");
        assertThat(progress.isCancelled()).isFalse();
        cancelled[0] = true;
        assertThat(progress.isCancelled()).isTrue();
    }
}
