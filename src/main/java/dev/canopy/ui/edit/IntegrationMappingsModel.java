package dev.canopy.ui.edit;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.IntegrationMappingRules;
import dev.canopy.domain.tenant.IntegrationMappings;
import dev.canopy.domain.tenant.IntegrationMappings.Mapping;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.ImportPresets;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.StoreAccess;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The Edit tab's integration mappings: the tenant's own, as a draft that the form saves with its other fields in one
 * command, and those it inherits, each row saying where it comes from. Add and Change check a mapping when asked —
 * the rules at once, whether another tenant uses the external id by a read in the background — so the draft only ever
 * holds mappings the command will accept (which checks them again, as the server does).
 */
public final class IntegrationMappingsModel {

    private final StoreAccess store;
    private final TaskExecutor tasks;
    private Tenant tenant;
    private List<Tenant> ancestors = List.of();
    private final ObjectProperty<List<ExternalRef>> saved = new SimpleObjectProperty<>(List.of());
    private final ObservableList<ExternalRef> own = FXCollections.observableArrayList();
    private final ObservableList<Mapping> rows = FXCollections.observableArrayList();
    private final ObservableList<String> sourceSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Mapping> selected = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty externalId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> !new HashSet<>(own).equals(new HashSet<>(saved.get())), own, saved);
    private final BooleanBinding canChange = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().own(), selected);

    IntegrationMappingsModel(StoreAccess store, TaskExecutor tasks) {
        this.store = store;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> fillFrom(now));
    }

    /** Shows a tenant's mappings; ancestors run from the root (or the top of a scoped copy) to its parent. */
    void show(Tenant shown, List<Tenant> shownAncestors) {
        tasks.dropLoad(this);
        checking.set(false);
        tenant = shown;
        ancestors = shown == null ? List.of() : List.copyOf(shownAncestors);
        saved.set(shown == null ? List.of() : shown.externalRefs());
        revert();
    }

    /** Back to the tenant's saved mappings, with the editor's fields and message cleared. */
    void revert() {
        own.setAll(saved.get());
        clearEditor();
        refresh();
    }

    void dispose() {
        tasks.dropLoad(this);
    }

    /** The new own mappings for the save's command, or null when they have not changed. */
    List<ExternalRef> changes() {
        return dirty.get() ? List.copyOf(own) : null;
    }

    /** A refusal of the save that is about the mappings (another tenant took an id meanwhile). */
    void refused(String message) {
        error.set(message);
    }

    /** Adds the editor's source and external id as a new own mapping. */
    public void add() {
        submit(null);
    }

    /** Replaces the selected own mapping with the editor's source and external id. */
    public void change() {
        if (canChange.get()) {
            submit(selected.get().ref());
        }
    }

    /** Removes the selected own mapping (an inherited one then shows again, if an ancestor has one). */
    public void remove() {
        if (canChange.get()) {
            own.remove(selected.get().ref());
            clearEditor();
            refresh();
        }
    }

    private void submit(ExternalRef replacing) {
        if (tenant == null) {
            return;
        }
        error.set("");
        ExternalRef ref;
        List<ExternalRef> next;
        try {
            ref = IntegrationMappingRules.check(source.get(), externalId.get());
            List<ExternalRef> others = new ArrayList<>(own);
            others.remove(replacing);
            Optional<ExternalRef> sameSource = others.stream().filter(o -> IntegrationMappingRules.sameSource(o.source(), ref.source())).findFirst();
            if (sameSource.isPresent()) {
                error.set(tenant.name() + " already has a mapping for " + sameSource.get().source() + " (external id "
                        + sameSource.get().externalId() + "): select it and choose Change, or Remove it first.");
                return;
            }
            others.add(ref);
            next = IntegrationMappingRules.checkAll(others);
        } catch (RuleViolation invalid) {
            error.set(invalid.getMessage());
            return;
        }
        UUID self = tenant.id();
        checking.set(true);
        tasks.load(this, () -> store.current().tenantsMappedTo(ref.source(), ref.externalId()), found -> {
            checking.set(false);
            Optional<RuleViolation> taken = IntegrationMappingRules.takenBy(ref, self, found);
            if (taken.isPresent()) {
                error.set(taken.get().getMessage());
            } else {
                own.setAll(next);
                clearEditor();
                refresh();
            }
        }, failure -> {
            checking.set(false);
            error.set(ErrorDialogs.messageFor(failure));
        });
    }

    private void fillFrom(Mapping row) {
        if (row == null) {
            return;
        }
        error.set("");
        source.set(row.source());
        // an inherited row offers its source for an own mapping that replaces it
        externalId.set(row.own() ? row.externalId() : "");
    }

    private void clearEditor() {
        selected.set(null);
        source.set("");
        externalId.set("");
        error.set("");
    }

    private void refresh() {
        if (tenant == null) {
            rows.clear();
            sourceSuggestions.clear();
            return;
        }
        List<Tenant> path = new ArrayList<>(ancestors);
        path.add(tenant.withExternalRefs(own));
        rows.setAll(IntegrationMappings.effective(path));
        // the sources the import presets use, and those the tenant's path already uses; free text beyond that
        TreeMap<String, String> sources = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ImportPresets.standard().stream().map(ImportPreset::source).forEach(s -> sources.putIfAbsent(s, s));
        path.forEach(t -> t.externalRefs().forEach(r -> sources.putIfAbsent(r.source(), r.source())));
        sourceSuggestions.setAll(sources.values());
    }

    /** What the table shows: one row per source in effect. */
    public ObservableList<Mapping> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<String> sourceSuggestions() {
        return FXCollections.unmodifiableObservableList(sourceSuggestions);
    }

    /** The row the technician picked; an own one can be changed or removed. */
    public ObjectProperty<Mapping> selectedProperty() {
        return selected;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty externalIdProperty() {
        return externalId;
    }

    /** Why the last Add or Change was refused (naming the field and the value), or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while another tenant's use of an external id is being looked up. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canChangeBinding() {
        return canChange;
    }
}
