package dev.canopy.ui.edit;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantRules;
import dev.canopy.ui.common.Commands;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.Notices;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import dev.canopy.ui.common.TenantContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The Edit tab's form: the selected tenant's fields, checked as the technician types (message at
 * the field), saved as one command, or reverted. Kind follows the parent (clients sit under the
 * MSP, sub-tenants under clients), so choosing "Client" moves the tenant to the MSP.
 */
public final class TenantEditViewModel {

    private final TenantContext tenants;
    private final StoreAccess store;
    private final TaskExecutor tasks;
    private final Commands commands;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<Tenant> original = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<TenantNode> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<TenantKind> kind = new SimpleObjectProperty<>();
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final Map<String, ReadOnlyStringWrapper> errors = Map.of(
            "name", new ReadOnlyStringWrapper(""), "description", new ReadOnlyStringWrapper(""),
            "parent", new ReadOnlyStringWrapper(""), "kind", new ReadOnlyStringWrapper(""),
            "timeZone", new ReadOnlyStringWrapper(""), "tags", new ReadOnlyStringWrapper(""));
    private final ReadOnlyStringWrapper inheritedZone = new ReadOnlyStringWrapper("");
    private final IntegrationMappingsModel mappings;
    private final BooleanBinding dirty;
    private final BooleanBinding valid;
    private final ChangeListener<TenantHierarchy> onHierarchy = (obs, old, now) -> reloadIfClean();
    private boolean loading;

    public TenantEditViewModel(TenantContext tenants, StoreAccess store, TaskExecutor tasks, Commands commands, Notices notices) {
        this.tenants = tenants;
        this.store = store;
        this.tasks = tasks;
        this.commands = commands;
        this.notices = notices;
        mappings = new IntegrationMappingsModel(store, tasks);
        dirty = Bindings.createBooleanBinding(this::computeDirty, original, name, description, parent, timeZone, tags, mappings.dirtyBinding());
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get().isEmpty()),
                errors.values().toArray(new ReadOnlyStringWrapper[0]));
        name.addListener((o, a, b) -> validate());
        description.addListener((o, a, b) -> validate());
        timeZone.addListener((o, a, b) -> validate());
        tags.addListener((o, a, b) -> validate());
        parent.addListener((o, a, now) -> {
            if (now != null && !loading) {
                kind.set(TenantKind.forChildOf(now.kind()));
            }
            validate();
        });
        kind.addListener((o, a, now) -> kindChosen(now));
        tenants.hierarchyProperty().addListener(onHierarchy);
    }

    public void dispose() {
        tenants.hierarchyProperty().removeListener(onHierarchy);
        tasks.dropLoad(this);  // a read still on its way must not fill a released editor
        mappings.dispose();
    }

    /** Loads a tenant's fields from the store (in the background). */
    public void load(UUID id) {
        if (id == null || !store.isOpen()) {
            tasks.dropLoad(this);
            show(null, List.of());
            return;
        }
        tasks.load(this, () -> read(id), loaded -> show(loaded.tenant(), loaded.ancestors()),
                error -> notices.setNotice(ErrorDialogs.messageFor(error)));
    }

    /** A tenant with its ancestors, root first: they supply the mappings it inherits. */
    private record Loaded(Tenant tenant, List<Tenant> ancestors) {
    }

    private Loaded read(UUID id) {
        var current = store.current();
        Tenant tenant = current.tenant(id).orElse(null);
        java.util.LinkedList<Tenant> ancestors = new java.util.LinkedList<>();
        Set<UUID> seen = new HashSet<>();
        // a scoped copy holds no parent above its top, so the walk stops there
        for (UUID up = tenant == null ? null : tenant.parentId(); up != null && seen.add(up); ) {
            Tenant ancestor = current.tenant(up).orElse(null);
            if (ancestor == null) {
                break;
            }
            ancestors.addFirst(ancestor);
            up = ancestor.parentId();
        }
        return new Loaded(tenant, ancestors);
    }

    private void reloadIfClean() {
        Tenant shown = original.get();
        if (shown != null && !isDirty()) {
            load(shown.id());
        } else {
            validate();
        }
    }

    private void show(Tenant tenant, List<Tenant> ancestors) {
        mappings.show(tenant, ancestors);
        original.set(tenant);
        revert();
    }

    /** Every field back to the shown tenant's, the mappings too. */
    public void revert() {
        loading = true;
        try {
            Tenant tenant = original.get();
            if (tenant != null) {
                name.set(tenant.name());
                description.set(tenant.description());
                parent.set(tenant.parentId() == null ? null : hierarchy().node(tenant.parentId()).orElse(null));
                kind.set(tenant.kind());
                timeZone.set(tenant.timeZone());
                tags.set(String.join(", ", tenant.tags()));
            }
            mappings.revert();
        } finally {
            loading = false;
        }
        validate();
    }

    /** Saves the changed fields as one command; refusals land at their field. */
    public void save(Runnable onSaved) {
        Tenant before = original.get();
        if (before == null || !isDirty() || !isValid()) {
            return;
        }
        UUID newParent = parent.get() == null || Objects.equals(parent.get().id(), before.parentId()) ? null : parent.get().id();
        List<String> newTags = TenantRules.parseTags(tags.get());
        TenantChanges changes = new TenantChanges(
                name.get().strip().equals(before.name()) ? null : name.get(),
                description.get().strip().equals(before.description()) ? null : description.get(),
                newParent,
                timeZone.get().equals(before.timeZone()) ? null : timeZone.get(),
                newTags.equals(before.tags()) ? null : newTags,
                mappings.changes());
        commands.execute(new UpdateTenant(before.id(), changes), applied -> {
            load(before.id());
            onSaved.run();
        }, this::refused);
    }

    private void refused(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        if (e instanceof RuleViolation violation && IntegrationMappingRules.FIELD.equals(violation.field())) {
            mappings.refused(violation.getMessage());
        } else if (e instanceof RuleViolation violation && violation.field() != null && errors.containsKey(violation.field())) {
            errors.get(violation.field()).set(violation.getMessage());
        } else {
            notices.setNotice(ErrorDialogs.messageFor(e));
        }
    }

    private void kindChosen(TenantKind chosen) {
        if (loading || chosen == null || original.get() == null) {
            return;
        }
        TenantNode currentParent = parent.get();
        if (chosen == TenantKind.CLIENT && currentParent != null && currentParent.kind() != TenantKind.MSP) {
            parent.set(hierarchy().root().orElse(null));
        }
        validate();
    }

    private void validate() {
        Tenant tenant = original.get();
        errors.values().forEach(e -> e.set(""));
        if (tenant == null) {
            return;
        }
        TenantNode newParent = parent.get();
        check("name", () -> TenantRules.checkName(name.get(), tenant.id(), newParent == null ? null : newParent.id(), hierarchy()));
        check("description", () -> TenantRules.checkDescription(description.get()));
        check("timeZone", () -> TenantRules.checkTimeZone(timeZone.get()));
        check("tags", () -> TenantRules.parseTags(tags.get()));
        if (newParent != null && !newParent.id().equals(tenant.parentId())) {
            // a sibling with the name is the name's problem, already shown at the name (checked there against the new name)
            hierarchy().moveRefusal(tenant.id(), newParent.id())
                    .filter(refusal -> !refusal.is("name", RuleViolation.Kind.TAKEN))
                    .ifPresent(refusal -> errors.get("parent").set(refusal.getMessage()));
        }
        if (kind.get() == TenantKind.SUB && newParent != null && newParent.kind() == TenantKind.MSP) {
            errors.get("kind").set("A sub-tenant sits under a client or another sub-tenant: choose that parent below.");
        }
        if (kind.get() == TenantKind.MSP && !tenant.isRoot()) {
            errors.get("kind").set("There is only one MSP tenant: the root.");
        }
        updateInheritedZone();
    }

    private void check(String field, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            errors.get(field).set(violation.getMessage());
        }
    }

    private void updateInheritedZone() {
        TenantNode from = parent.get();
        if (from == null) {
            inheritedZone.set(timeZone.get().isEmpty() ? "No time zone set: schedules fall back to UTC." : "");
            return;
        }
        inheritedZone.set(TenantNode.timeZoneSource(hierarchy().path(from.id()))
                .map(source -> "Empty inherits " + source.timeZone() + " from \"" + source.name() + "\".")
                .orElse("Empty inherits nothing: no ancestor sets a time zone, so schedules use UTC."));
    }

    private TenantHierarchy hierarchy() {
        return tenants.hierarchy();
    }

    private boolean computeDirty() {
        Tenant t = original.get();
        if (t == null) {
            return false;
        }
        return !name.get().strip().equals(t.name())
                || !description.get().strip().equals(t.description())
                || !Objects.equals(parent.get() == null ? null : parent.get().id(), t.parentId())
                || !timeZone.get().equals(t.timeZone())
                || !tagsText(t).equals(normalisedTags())
                || mappings.dirtyBinding().get();
    }

    private static String tagsText(Tenant t) {
        return String.join(",", t.tags());
    }

    private String normalisedTags() {
        try {
            return String.join(",", TenantRules.parseTags(tags.get()));
        } catch (RuleViolation invalid) {
            return tags.get();
        }
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isValid() {
        return valid.get();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public ReadOnlyObjectProperty<Tenant> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<TenantNode> parentProperty() {
        return parent;
    }

    public ObjectProperty<TenantKind> kindProperty() {
        return kind;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The integration mappings section: own (saved with the form) and inherited. */
    public IntegrationMappingsModel mappings() {
        return mappings;
    }

    public ReadOnlyStringProperty inheritedZoneProperty() {
        return inheritedZone.getReadOnlyProperty();
    }

    /** Parents the tenant could move under: every tenant except itself and its descendants. */
    public List<TenantNode> parentChoices() {
        Tenant t = original.get();
        if (t == null || t.isRoot()) {
            return List.of();
        }
        Set<UUID> ownSubtree = new HashSet<>(hierarchy().subtree(t.id()));
        return hierarchy().depthFirst().stream().filter(n -> !ownSubtree.contains(n.id())).toList();
    }

    /** A readable path for the parent picker: "Northwind › Alder Dental › Berlin Office". */
    public String pathOf(TenantNode node) {
        if (node == null) {
            return "";
        }
        return hierarchy().pathText(node.id());
    }
}
