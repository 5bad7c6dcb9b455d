package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentRules;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The deployment dialog's state: one of the selected tenant's own deployments being created or
 * edited, field by field, with every problem under the field its rule names (re-checked on each
 * change), so the dialog is a plain view over it and the rules are testable without a window.
 */
public final class DeploymentForm {

    private final Deployment start;
    private final boolean editing;
    private final String ownerName;
    private final UUID mspRootTenantId;
    private final List<WhyComputer> computers;
    private final List<Deployment> ownerDeployments;

    private final StringProperty software = new SimpleStringProperty();
    private final ObjectProperty<DesiredState> state = new SimpleObjectProperty<>();
    private final StringProperty version = new SimpleStringProperty();
    private final ObjectProperty<Enforcement> enforcement = new SimpleObjectProperty<>();
    private final ObjectProperty<DeploymentScope> scope = new SimpleObjectProperty<>();
    private final BooleanProperty includeChildren = new SimpleBooleanProperty();
    private final StringProperty tag = new SimpleStringProperty();
    private final Map<UUID, BooleanProperty> computerChosen = new LinkedHashMap<>();
    private final ObjectProperty<DeploymentOrder> order = new SimpleObjectProperty<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);

    /**
     * @param start            the deployment to edit, or a new one's defaults
     * @param editing          false for a new deployment
     * @param ownerComputers   the owner tenant's computers, for Computer scope
     * @param ownerDeployments the owner tenant's deployments, so a duplicate is refused at the software field
     */
    DeploymentForm(Deployment start, boolean editing, String ownerName, UUID mspRootTenantId,
                   List<WhyComputer> ownerComputers, List<Deployment> ownerDeployments) {
        this.start = start;
        this.editing = editing;
        this.ownerName = ownerName;
        this.mspRootTenantId = mspRootTenantId;
        this.computers = List.copyOf(ownerComputers);
        this.ownerDeployments = List.copyOf(ownerDeployments);
        software.set(start.software());
        state.set(start.desiredState());
        version.set(start.version());
        enforcement.set(start.enforcement());
        scope.set(start.scope());
        includeChildren.set(start.includeChildTenants());
        tag.set(start.tag());
        order.set(start.order());
        enabled.set(start.enabled());
        for (WhyComputer c : computers) {
            computerChosen.put(c.id(), new SimpleBooleanProperty(start.computerIds().contains(c.id())));
        }
        List<Observable> fields = new ArrayList<>(List.of(software, state, version, scope, includeChildren, tag));
        fields.addAll(computerChosen.values());
        fields.forEach(f -> f.addListener(o -> check()));
        check();
    }

    private void check() {
        Map<String, String> now = DeploymentChecks.problems(build(), mspRootTenantId, ownerDeployments, ownerName);
        problems.set(Map.copyOf(now));
    }

    /** The deployment as the fields read now (not yet normalised by the rules). */
    Deployment build() {
        List<UUID> chosen = computerChosen.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return new Deployment(start.id(), start.ownerTenantId(), software.get(), state.get(), version.get(),
                enforcement.get(), scope.get(), includeChildren.get(), chosen, tag.get(), order.get(), enabled.get(), start.meta());
    }

    /**
     * The deployment to save, as the rules normalise it; empty when nothing changed, since the store
     * would refuse an unchanged edit as "nothing to save" (the dialog then just closes).
     */
    public Optional<Deployment> toSave() {
        Deployment checked = DeploymentRules.check(build(), mspRootTenantId);
        return editing && checked.equals(DeploymentRules.check(start, mspRootTenantId)) ? Optional.empty() : Optional.of(checked);
    }

    public String title() {
        return editing ? "Edit deployment" : "New deployment";
    }

    public String header() {
        return editing ? "Edit the deployment of " + start.software() + " in " + ownerName : "New deployment in " + ownerName;
    }

    /** Each problem under the Deployment field its rule names, or {@link DeploymentChecks#FORM} ("") for none. */
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The message at one field (a Deployment field name such as "software"), or "". */
    public String problemAt(String field) {
        return problems.get().getOrDefault(field, "");
    }

    /** True while no field has a problem (derived from the problems). */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The owner tenant's computers, for Computer scope. */
    public List<WhyComputer> computers() {
        return computers;
    }

    /** Whether one of {@link #computers()} is chosen for Computer scope. */
    public BooleanProperty computerChosenProperty(UUID computer) {
        return computerChosen.get(computer);
    }

    public StringProperty softwareProperty() {
        return software;
    }

    public ObjectProperty<DesiredState> stateProperty() {
        return state;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public ObjectProperty<Enforcement> enforcementProperty() {
        return enforcement;
    }

    public ObjectProperty<DeploymentScope> scopeProperty() {
        return scope;
    }

    public BooleanProperty includeChildrenProperty() {
        return includeChildren;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<DeploymentOrder> orderProperty() {
        return order;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }
}
