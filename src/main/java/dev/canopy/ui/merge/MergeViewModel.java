package dev.canopy.ui.merge;

import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergePlan;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Plural;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Merging one tenant into another: the destinations it may go into, the plan for the chosen one
 * (what moves, what collides), a choice per collision, then one undoable merge.
 */
public final class MergeViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final UUID source;
    private final TenantHierarchy hierarchy;
    private final FilteredList<TenantNode> destinations;
    private final StringProperty destinationFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose the tenant to merge into.");
    private final ReadOnlyStringWrapper collisionsNote = new ReadOnlyStringWrapper("");
    private final ObservableList<CollisionDecision> collisions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(false);
    private UUID destination;

    public MergeViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, UUID source) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.source = source;
        this.hierarchy = tenants.hierarchy();
        // not the source itself, nor anything inside it
        destinations = new FilteredList<>(FXCollections.observableArrayList(
                hierarchy.depthFirst().stream().filter(n -> !hierarchy.isSelfOrDescendant(source, n.id())).toList()));
        destinationFilter.addListener((obs, old, text) -> {
            String q = text.strip().toLowerCase(Locale.ROOT);
            destinations.setPredicate(q.isEmpty() ? null : n -> n.name().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    public String header() {
        return "Merge " + hierarchy.node(source).map(TenantNode::name).orElse("?") + " into another tenant";
    }

    /** "Northwind › Acme": where a destination sits, so two of the same name can be told apart. */
    public String pathOf(TenantNode node) {
        return hierarchy.pathText(node.id());
    }

    /** Works out the plan for merging into this destination (null: none chosen). */
    public void choose(UUID into) {
        canMerge.set(false);
        destination = null;
        collisions.clear();
        collisionsNote.set("");
        if (into == null) {
            tasks.dropLoad(this);
            summary.set("Choose the tenant to merge into.");
            return;
        }
        summary.set("Working out what moves…");
        tasks.load(this, () -> store.current().inspect(ws -> MergePlan.of(ws, source, into)), plan -> {
            destination = into;
            show(plan);
            canMerge.set(true);
        }, error -> summary.set(ErrorDialogs.messageFor(error)));
    }

    private void show(MergePlan plan) {
        int people = plan.people().size();
        summary.set("Moves " + Plural.count(plan.computers().size(), "computer") + ", " + people + (people == 1 ? " person" : " people")
                + ", " + Plural.count(plan.schedules().size(), "schedule") + ", " + Plural.count(plan.deployments().size(), "deployment")
                + " and " + Plural.count(plan.children().size(), "child tenant") + " from " + plan.source().name() + " to "
                + plan.destination().name() + mappings(plan) + ", then deletes " + plan.source().name() + " (Ctrl+Z brings it back).");
        collisions.setAll(plan.collisions().stream().map(CollisionDecision::new).toList());
        collisionsNote.set(collisions.isEmpty() ? "None: nothing clashes." : "");
    }

    /** The source's integration mappings the destination takes (an import then still finds the merged client there). */
    private static String mappings(MergePlan plan) {
        return plan.mappings().isEmpty() ? "" : ", gives it the mapping" + (plan.mappings().size() == 1 ? "" : "s") + " in "
                + String.join(", ", plan.mappings().stream().map(dev.canopy.domain.tenant.ExternalRef::source).toList());
    }

    /** Merges as one undoable command with the choices made, then selects the destination. */
    public void merge(Consumer<Throwable> onRefused) {
        if (!canMerge.get()) {
            return;
        }
        UUID into = destination;
        Map<String, Collision.Choice> decisions = new LinkedHashMap<>();
        collisions.forEach(c -> decisions.put(c.key(), c.choiceProperty().get()));
        commands.execute(new MergeTenants(source, into, Map.copyOf(decisions)), applied -> tenants.selectedTenantProperty().set(into), onRefused);
    }

    public FilteredList<TenantNode> destinations() {
        return destinations;
    }

    public StringProperty destinationFilterProperty() {
        return destinationFilter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The collisions of the plan shown, each with its choice. */
    public ObservableList<CollisionDecision> collisions() {
        return collisions;
    }

    /** "None: nothing clashes." once a plan without collisions is shown; empty otherwise. */
    public ReadOnlyStringProperty collisionsNoteProperty() {
        return collisionsNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }
}
