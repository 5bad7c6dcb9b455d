package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.Resolution;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The "why" panel's state: which computer of the selected tenant it explains (the hypothetical
 * "any computer", with tags the technician types, or one of its real computers in the snapshot),
 * and, per software, the effective deployment with every deployment it beat. Resolution runs on
 * the FX thread over the loaded snapshot: it is a walk over one tenant path's deployments.
 */
public final class WhyViewModel {

    private final ObservableList<WhyComputer> computers = FXCollections.observableArrayList();
    private final ObjectProperty<WhyComputer> chosen = new SimpleObjectProperty<>();
    private final StringProperty typedTags = new SimpleStringProperty("");
    private final ObservableList<Resolution> resolutions = FXCollections.observableArrayList();
    private final Function<UUID, String> tenantName;
    private DeploymentsSnapshot snapshot;

    public WhyViewModel(ReadOnlyObjectProperty<DeploymentsSnapshot> snapshots, Function<UUID, String> tenantName) {
        this.tenantName = tenantName;
        snapshots.addListener((obs, old, now) -> show(now));
        chosen.addListener((obs, old, now) -> resolve());
        typedTags.addListener((obs, old, now) -> resolve());
        show(snapshots.get());
    }

    private void show(DeploymentsSnapshot now) {
        snapshot = now;
        if (now == null) {
            computers.clear();
            resolutions.clear();
            return;
        }
        List<WhyComputer> choices = new ArrayList<>();
        choices.add(WhyComputer.hypothetical(now.tenantId(), tenantName.apply(now.tenantId())));
        choices.addAll(now.computers());
        // keep the technician's choice across reloads of the same tenant
        WhyComputer previous = chosen.get();
        WhyComputer keep = choices.stream()
                .filter(c -> previous != null && c.id().equals(previous.id()) && c.tenantId().equals(previous.tenantId()))
                .findFirst().orElse(choices.get(0));
        computers.setAll(choices);
        if (keep.equals(chosen.get())) {
            resolve();
        } else {
            chosen.set(keep);  // resolves through the listener
        }
    }

    private void resolve() {
        WhyComputer computer = chosen.get();
        if (snapshot == null || computer == null) {
            resolutions.clear();
            return;
        }
        // the snapshot's opt-out is the selected tenant's, which is the computer's tenant
        ComputerContext context = ComputerContext.of(computer.id(), snapshot.pathFromRoot(), tagsOf(computer),
                tenant -> snapshot.optsOutOfCrossTenant());
        resolutions.setAll(DeploymentResolver.resolve(context, snapshot.ownedOnPath()).values());
    }

    private List<String> tagsOf(WhyComputer computer) {
        if (!computer.hypothetical()) {
            return computer.tags();
        }
        return Arrays.stream(typedTags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The winner line first, then one line per beaten deployment with the reason it lost. */
    public List<String> explain(Resolution resolution) {
        return resolution.why(tenantName).lines().map(String::strip).toList();
    }

    public ObservableList<WhyComputer> computers() {
        return computers;
    }

    public ObjectProperty<WhyComputer> chosenProperty() {
        return chosen;
    }

    public StringProperty typedTagsProperty() {
        return typedTags;
    }

    public ObservableList<Resolution> resolutions() {
        return resolutions;
    }
}
