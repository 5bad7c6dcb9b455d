package dev.canopy.ui.imports;

import dev.canopy.imports.ColumnMapping;
import dev.canopy.imports.ImportField;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.ImportPresets;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.SavedMappings;
import dev.canopy.imports.SourceDates;
import dev.canopy.imports.SourceRow;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping step: which column of the file holds each {@link ImportField}, the source the file's ids belong to, how
 * its dates are ordered, and whether the mapping is kept for that source. Prefilled from the preset the file's
 * columns match, or from the mapping saved for its source; checked as the technician changes it, with the engine's
 * own wording. A blank column choice means the field is not in the file.
 */
public final class MappingModel {

    private static final int SAMPLES = 3;
    private static final int SAMPLE_LENGTH = 40;

    private final ImportSource file;
    private final TaskExecutor tasks;
    private final SavedMappings saved;
    private final Map<ImportField, StringProperty> columns = new EnumMap<>(ImportField.class);
    private final Map<ImportField, ReadOnlyStringWrapper> samples = new EnumMap<>(ImportField.class);
    private final ObjectProperty<ImportPreset> preset = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sourceError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mappingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prefillNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SourceDates.Order> dateOrder = new SimpleObjectProperty<>(SourceDates.Order.AMBIGUOUS);
    private final ReadOnlyBooleanWrapper datesMatter = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty saveMapping = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final Object savedLookup = new Object();

    MappingModel(ImportSource file, TaskExecutor tasks, SavedMappings saved) {
        this.file = file;
        this.tasks = tasks;
        this.saved = saved;
        for (ImportField field : ImportField.values()) {
            StringProperty column = new SimpleStringProperty("");
            columns.put(field, column);
            samples.put(field, new ReadOnlyStringWrapper(""));
            column.addListener((obs, old, now) -> columnChanged(field));
        }
        preset.addListener((obs, old, chosen) -> presetChosen(chosen));
        source.addListener((obs, old, now) -> sourceChanged(now));
        saveMapping.set(file.preset().isEmpty());
        if (file.preset().isPresent()) {
            preset.set(file.preset().get());
            file.savedForPreset().ifPresent(s -> {
                fill(s.mapping(), true);
                prefillNote.set("The columns as you saved them for " + s.source() + ".");
            });
        }
        check();
    }

    /** "Recognised as Datto RMM devices (API v2)", or that the technician maps the columns. */
    public String recognised() {
        return file.preset().map(p -> "Recognised as " + p.name()).orElse("Not a known export: map its columns");
    }

    public ImportSource file() {
        return file;
    }

    /** The file's columns, as the file spells them, for the column choices. */
    public List<String> fileColumns() {
        return file.file().columns();
    }

    public List<ImportPreset> presets() {
        return ImportPresets.standard();
    }

    /** The preset in use; null while the technician maps the columns. Choosing one sets its source and columns. */
    public ObjectProperty<ImportPreset> presetProperty() {
        return preset;
    }

    /** The column a field is read from ("" when the file does not have it). */
    public StringProperty columnProperty(ImportField field) {
        return columns.get(field);
    }

    /** "Acme, Initech, Globex": what the chosen column holds in the first rows. */
    public ReadOnlyStringProperty sampleProperty(ImportField field) {
        return samples.get(field).getReadOnlyProperty();
    }

    /** The source the file's ids belong to ("ninjaone"); a preset fixes it. */
    public StringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty sourceErrorProperty() {
        return sourceError.getReadOnlyProperty();
    }

    /** What is wrong with the mapping, naming the field; "" when it fits the file. */
    public ReadOnlyStringProperty mappingErrorProperty() {
        return mappingError.getReadOnlyProperty();
    }

    /** Where the columns came from when a saved mapping filled them in. */
    public ReadOnlyStringProperty prefillNoteProperty() {
        return prefillNote.getReadOnlyProperty();
    }

    public ObjectProperty<SourceDates.Order> dateOrderProperty() {
        return dateOrder;
    }

    /** Whether the last-seen column holds dates that read differently day first and month first (03/04/2026). */
    public ReadOnlyBooleanProperty datesMatterProperty() {
        return datesMatter.getReadOnlyProperty();
    }

    public BooleanProperty saveMappingProperty() {
        return saveMapping;
    }

    /** "Save this mapping for psa-x". */
    public ReadOnlyStringProperty saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    /** Whether the source and the mapping are good for a dry run. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The mapping as chosen (unmapped fields left out). */
    public ColumnMapping mapping() {
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (!column.get().isBlank()) {
                chosen.put(field, column.get());
            }
        });
        return new ColumnMapping(chosen);
    }

    /** The source as the engine spells it (checked: call only when valid). */
    public String checkedSource() {
        try {
            return SavedMappings.checkSource(source.get());
        } catch (ImportRefused refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }

    private void presetChosen(ImportPreset chosen) {
        if (chosen != null) {
            source.set(chosen.source());
            fill(chosen.mapping(), true);
            prefillNote.set("");
        }
    }

    /** Sets the fields a mapping names, as the file spells the column; {@code all}: clears the fields it leaves out. */
    private void fill(ColumnMapping mapping, boolean all) {
        for (ImportField field : ImportField.values()) {
            Optional<String> column = mapping.columnIn(field, fileColumns());
            if (column.isPresent() && (all || columns.get(field).get().isBlank())) {
                columns.get(field).set(column.get());
            } else if (column.isEmpty() && all) {
                columns.get(field).set("");
            }
        }
    }

    private void columnChanged(ImportField field) {
        samples.get(field).set(sampleOf(columns.get(field).get()));
        if (field == ImportField.LAST_SEEN) {
            datesChanged();
        }
        check();
    }

    private String sampleOf(String column) {
        if (column.isBlank()) {
            return "";
        }
        Set<String> values = new LinkedHashSet<>();
        for (SourceRow row : file.firstRows()) {
            String value = row.get(column);
            if (!value.isEmpty()) {
                values.add(value.length() > SAMPLE_LENGTH ? value.substring(0, SAMPLE_LENGTH - 1) + "…" : value);
            }
            if (values.size() == SAMPLES) {
                break;
            }
        }
        return values.isEmpty() ? "(blank in the first " + file.firstRows().size() + " rows)" : String.join(", ", values);
    }

    /** Asks for the order only when it changes what a date means; starts from what the first rows tell. */
    private void datesChanged() {
        String column = columns.get(ImportField.LAST_SEEN).get();
        List<String> values = column.isBlank() ? List.of() : file.firstRows().stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).toList();
        boolean matters = values.stream().anyMatch(MappingModel::readsBothWays);
        datesMatter.set(matters);
        dateOrder.set(matters ? SourceDates.orderOf(values) : SourceDates.Order.AMBIGUOUS);
    }

    /** Whether a value means another instant, or nothing, when read the other way round. */
    private static boolean readsBothWays(String value) {
        return !Objects.equals(read(value, SourceDates.Order.MONTH_FIRST), read(value, SourceDates.Order.DAY_FIRST));
    }

    private static Optional<java.time.Instant> read(String value, SourceDates.Order order) {
        try {
            return SourceDates.parse(value, order, ZoneOffset.UTC);
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    private void sourceChanged(String text) {
        check();
        if (!sourceError.get().isEmpty() || preset.get() != null) {
            return;
        }
        String name = checkedSource();
        tasks.load(savedLookup, () -> saved.find(name), found -> found.ifPresent(s -> {
            fill(s.mapping(), false);
            prefillNote.set("Filled in from the mapping saved for " + s.source() + ".");
        }), error -> prefillNote.set("The mapping saved for " + name + " cannot be read: " + ImportMessages.of(error)));
    }

    private void check() {
        try {
            String name = SavedMappings.checkSource(source.get());
            sourceError.set("");
            saveText.set("Save this mapping for " + name);
        } catch (ImportRefused refused) {
            sourceError.set(source.get().isBlank() ? "Name the source the file's ids belong to, like \"connectwise\"." : capitalised(refused.getMessage()));
            saveText.set("Save this mapping for the source");
        }
        try {
            mapping().check(fileColumns());
            mappingError.set("");
        } catch (ImportRefused refused) {
            mappingError.set(ImportMessages.withoutLine(refused));
        }
        valid.set(sourceError.get().isEmpty() && mappingError.get().isEmpty());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }
}
