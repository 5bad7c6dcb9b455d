package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.ui.common.AppIcon;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static dev.canopy.ui.schedules.RecurrenceEditor.bindShown;

/**
 * The right side of the Schedules tab: the open schedule as a form (labels left, fields right, each message
 * under its field), the next runs in two zones, overlap warnings, and Save / Revert. An inherited schedule is
 * read-only, with a way to its owner.
 */
final class ScheduleEditorView extends StackPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SchedulesViewModel schedules;
    private final ScheduleEditorModel model;
    private final List<Node> inputs = new ArrayList<>();
    private final GridPane form = new GridPane();
    private final TextField nameField = new TextField();
    private int row;

    ScheduleEditorView(SchedulesViewModel schedules) {
        this.schedules = schedules;
        this.model = schedules.editor();
        getStyleClass().add("schedule-editor");

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(118);
        labels.setPrefWidth(118);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(600);
        form.getColumnConstraints().addAll(labels, fields);
        form.setHgap(12);
        form.setVgap(2);

        buildGeneral();
        buildWhen();
        buildNextRuns();
        buildTarget();
        buildReboots();
        inputs.forEach(input -> input.disableProperty().bind(model.readOnlyProperty()));

        VBox content = new VBox(12, header(), form);
        content.setPadding(new Insets(14, 18, 14, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.shownProperty().addListener((obs, old, now) -> {
            if (now == null || old == null || !old.schedule().id().equals(now.schedule().id())) {
                scroll.setVvalue(0);
            }
        });
        BorderPane editor = new BorderPane(scroll);
        editor.setBottom(buttons());
        bindShown(editor, model.shownProperty().isNotNull());

        Label empty = new Label("Choose a schedule on the left, or click New to add one.");
        empty.getStyleClass().add("field-hint");
        empty.setId("scheduleEditorPlaceholder");
        bindShown(empty, model.shownProperty().isNull());
        getChildren().addAll(editor, empty);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_KEYS.match(e)) {
                model.save();
                e.consume();
            }
        });
        model.creatingProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    nameField.requestFocus();
                    nameField.selectAll();
                });
            }
        });
    }

    private VBox header() {
        Label title = new Label();
        title.setId("scheduleTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            AppliedSchedule shown = model.shownProperty().get();
            if (shown == null) {
                return "";
            }
            return model.isCreating() ? "New schedule" : shown.schedule().name();
        }, model.shownProperty(), model.creatingProperty()));

        Label from = new Label();
        from.setWrapText(true);
        from.textProperty().bind(Bindings.createStringBinding(() -> {
            AppliedSchedule shown = model.shownProperty().get();
            return shown == null || !shown.inherited() ? ""
                    : "Inherited from " + schedules.tenantName(shown.ownerTenantId()) + ", which passes it on to its child tenants. "
                    + "It is read-only here; change it at its owner.";
        }, model.shownProperty()));
        HBox.setHgrow(from, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        Button goToOwner = new Button("Go to owner", dev.canopy.ui.common.AppIcon.GO_TO.view());
        goToOwner.setId("goToOwnerButton");
        goToOwner.setMinWidth(Region.USE_PREF_SIZE);
        goToOwner.setOnAction(e -> schedules.goToOwner());
        HBox banner = new HBox(10, AppIcon.LOCKED.view(), from, goToOwner);
        banner.setId("inheritedBanner");
        banner.getStyleClass().add("inherited-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        bindShown(banner, model.readOnlyProperty());

        Label overlap = new Label();
        overlap.setId("overlapWarning");
        overlap.getStyleClass().add("overlap-warning");
        overlap.setGraphic(AppIcon.WARNING.view());
        overlap.setWrapText(true);
        overlap.textProperty().bind(model.overlapWarningProperty());
        overlap.setMaxWidth(Double.MAX_VALUE);
        bindShown(overlap, overlap.textProperty().isNotEmpty());
        return new VBox(8, title, banner, overlap);
    }

    private void buildGeneral() {
        nameField.setId("scheduleNameField");
        nameField.setPromptText("e.g. Weekly patching");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        addField("Name", nameField, "name", null);

        CheckBox enabled = new CheckBox("Enabled: runs on this schedule");
        enabled.setId("scheduleEnabledCheck");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        addField("", enabled, null, null);
    }

    private void buildWhen() {
        section("When");
        addField("Recurrence", new RecurrenceEditor(model, inputs), "recurrence", null);

        TextField window = new TextField();
        window.setId("windowField");
        window.setPromptText("minutes, or e.g. 2h 30m");
        window.setPrefColumnCount(10);
        window.setMaxWidth(160);
        window.textProperty().bindBidirectional(model.windowProperty());
        addField("Window", window, "windowMinutes", hint("windowWords", model.windowWordsProperty()));

        ComboBox<ZoneMode> zoneMode = new ComboBox<>(FXCollections.observableArrayList(ZoneMode.values()));
        zoneMode.setId("zoneModeBox");
        zoneMode.setConverter(Labels.converter(ZoneMode::label));
        zoneMode.valueProperty().bindBidirectional(model.zoneModeProperty());
        TextField zone = new TextField();
        zone.setId("zoneField");
        zone.setPromptText("e.g. Europe/Berlin");
        zone.textProperty().bindBidirectional(model.zoneProperty());
        HBox.setHgrow(zone, Priority.ALWAYS);
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        zones.sort(null);
        TextFields.bindAutoCompletion(zone, zones);
        bindShown(zone, model.zoneModeProperty().isEqualTo(ZoneMode.OWN));
        HBox zoneBox = new HBox(8, zoneMode, zone);
        zoneBox.setAlignment(Pos.CENTER_LEFT);
        inputs.addAll(List.of(window, zoneMode, zone));
        addField("Time zone", zoneBox, "timeZone", hint("zoneWords", model.zoneWordsProperty()));
    }

    private void buildNextRuns() {
        section("Next runs");
        TableView<NextRun> runs = new TableView<>(model.nextRuns());
        runs.setId("nextRunsTable");
        runs.getStyleClass().add("next-runs");
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setFixedCellSize(26);
        fitRows(runs, 80);
        // Tall enough for every run without a scroll bar, whatever height the two header rows take.
        runs.skinProperty().addListener((obs, old, skin) -> {
            if (runs.lookup(".column-header-background") instanceof Region header) {
                header.heightProperty().addListener((o, was, now) -> fitRows(runs, now.doubleValue()));
            }
        });
        runs.setPlaceholder(new Label("No runs: fix the recurrence above."));
        runs.getColumns().add(group(model.scheduleZoneTitleProperty(),
                column(model.scheduleZoneHeaderProperty(), NextRun::inScheduleZone, NextRun::note)));
        runs.getColumns().add(group(new ReadOnlyStringWrapper("Your zone"),
                column(model.yourZoneHeaderProperty(), NextRun::inYourZone, r -> "")));
        runs.setMaxWidth(640);

        Label notes = new Label();
        notes.setId("clockChangeNotes");
        notes.getStyleClass().add("field-hint");
        notes.setWrapText(true);
        notes.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.nextRuns().stream()
                .filter(r -> !r.note().isEmpty())
                .map(r -> r.start().format(DAY.withLocale(Locale.ENGLISH))
                        + ": " + r.note())
                .toList()), model.nextRuns()));
        bindShown(notes, notes.textProperty().isNotEmpty());

        VBox box = new VBox(6, runs, notes);
        GridPane.setColumnSpan(box, 2);
        form.add(box, 0, row++);
    }

    private static void fitRows(TableView<NextRun> runs, double headerHeight) {
        double height = headerHeight + runs.getFixedCellSize() * ScheduleEditorModel.PREVIEW_RUNS + 4;
        runs.setPrefHeight(height);
        runs.setMinHeight(height);
        runs.setMaxHeight(height);
    }

    private static TableColumn<NextRun, String> group(ObservableStringValue title, TableColumn<NextRun, String> child) {
        TableColumn<NextRun, String> column = new TableColumn<>();
        column.textProperty().bind(title);
        column.getColumns().add(child);
        column.setReorderable(false);
        return column;
    }

    /** A column of run times; a run moved or merged by a clock change carries a marker with the reason. */
    private static TableColumn<NextRun, String> column(ObservableStringValue title,
                                                       Function<NextRun, String> value, Function<NextRun, String> note) {
        TableColumn<NextRun, String> column = new TableColumn<>();
        column.textProperty().bind(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(250);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                NextRun run = empty || getTableRow() == null ? null : getTableRow().getItem();
                String why = run == null ? "" : note.apply(run);
                setText(empty ? null : item);
                setGraphic(why.isEmpty() ? null : clockChangeIcon());
                setContentDisplay(ContentDisplay.RIGHT);
                setTooltip(why.isEmpty() ? null : new Tooltip(why));
            }
        });
        return column;
    }

    private static Node clockChangeIcon() {
        FontIcon icon = dev.canopy.ui.common.AppIcon.CLOCK_CHANGE.view();
        icon.getStyleClass().add("clock-change");
        return icon;
    }

    private void buildTarget() {
        section("Computers");
        ComboBox<TargetKind> kind = new ComboBox<>(FXCollections.observableArrayList(TargetKind.values()));
        kind.setId("targetKindBox");
        kind.setConverter(Labels.converter(Labels::of));
        kind.valueProperty().bindBidirectional(model.targetKindProperty());
        TextField tag = new TextField();
        tag.setId("tagField");
        tag.setPromptText("tag, e.g. servers");
        tag.textProperty().bindBidirectional(model.tagProperty());
        HBox.setHgrow(tag, Priority.ALWAYS);
        bindShown(tag, model.targetKindProperty().isEqualTo(TargetKind.TAG));
        HBox kindBox = new HBox(8, kind, tag);
        kindBox.setAlignment(Pos.CENTER_LEFT);
        ComputerPicker picker = new ComputerPicker(model, schedules::tenantName);
        bindShown(picker, model.targetKindProperty().isEqualTo(TargetKind.COMPUTERS));
        VBox target = new VBox(6, kindBox, picker);
        inputs.addAll(List.of(kind, tag, picker.list()));
        addField("Applies to", target, "target", null);

        CheckBox propagate = new CheckBox("Also applies to child tenants");
        propagate.setId("propagateCheck");
        propagate.selectedProperty().bindBidirectional(model.propagateProperty());
        inputs.add(propagate);
        addField("", propagate, null, "Child tenants see it greyed in their list and cannot change it.");
    }

    private void buildReboots() {
        section("Reboots");
        ComboBox<RebootPreference> reboot = new ComboBox<>(FXCollections.observableArrayList(RebootPreference.values()));
        reboot.setId("rebootBox");
        reboot.setConverter(Labels.converter(Labels::of));
        reboot.valueProperty().bindBidirectional(model.rebootProperty());
        reboot.setMaxWidth(Double.MAX_VALUE);
        addField("Reboot", reboot, null, null);

        TextField prompt = new TextField();
        prompt.setId("promptTimeoutField");
        prompt.setPrefColumnCount(5);
        prompt.setMinWidth(70);
        prompt.setMaxWidth(70);
        prompt.textProperty().bindBidirectional(model.promptTimeoutProperty());
        Label minutes = new Label("minutes to answer a prompt before it goes ahead (0 = no prompt)");
        minutes.getStyleClass().add("field-hint");
        minutes.setWrapText(true);
        HBox promptBox = new HBox(8, prompt, minutes);
        promptBox.setAlignment(Pos.CENTER_LEFT);
        addField("Prompt timeout", promptBox, "promptTimeoutMinutes", null);

        CheckBox autoConsent = new CheckBox("Consent to reboots automatically");
        autoConsent.setId("autoConsentCheck");
        autoConsent.selectedProperty().bindBidirectional(model.autoConsentProperty());
        CheckBox suppress = new CheckBox("No reboots during business hours");
        suppress.setId("suppressRebootsCheck");
        suppress.selectedProperty().bindBidirectional(model.suppressProperty());
        VBox checks = new VBox(8, autoConsent, suppress);
        inputs.addAll(List.of(reboot, prompt, autoConsent, suppress));
        addField("", checks, null, "Business hours are the tenant's maintenance.businessHours preference.");
    }

    private HBox buttons() {
        Label error = new Label();
        error.setId("scheduleSaveError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.generalErrorProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);

        Button revert = new Button("Revert", AppIcon.REVERT.view());
        revert.setId("revertScheduleButton");
        revert.setMinWidth(Region.USE_PREF_SIZE);
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> schedules.revert());
        Button save = new Button("Save", AppIcon.SAVE.view());
        save.setId("saveScheduleButton");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setTooltip(new Tooltip("Save this schedule (Ctrl+S)"));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyProperty().not().or(model.validProperty().not()).or(model.readOnlyProperty()));
        save.setOnAction(e -> model.save());
        HBox bar = new HBox(8, error, revert, save);
        bar.getStyleClass().add("schedule-buttons");
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 18, 10, 16));
        bindShown(bar, model.readOnlyProperty().not());
        return bar;
    }

    private void section(String title) {
        Label label = new Label(title);
        label.getStyleClass().addAll("title-4", "schedule-section");
        VBox box = new VBox(4, new Separator(), label);
        box.setPadding(new Insets(8, 0, 4, 0));
        GridPane.setColumnSpan(box, 2);
        form.add(box, 0, row++);
    }

    private void addField(String label, Node field, String errorKey, Object hint) {
        if (field instanceof Control && !inputs.contains(field) && !(field instanceof Label)) {
            inputs.add(field);
        }
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(field);
        VBox cell = new VBox(3, field);
        if (errorKey != null) {
            Label error = new Label();
            error.setId("schedule" + Character.toUpperCase(errorKey.charAt(0)) + errorKey.substring(1) + "Error");
            error.getStyleClass().add("field-error");
            error.textProperty().bind(model.errorProperty(errorKey));
            error.setWrapText(true);
            bindShown(error, error.textProperty().isNotEmpty());
            cell.getChildren().add(error);
        }
        if (hint instanceof String text) {
            cell.getChildren().add(hint(null, new ReadOnlyStringWrapper(text)));
        } else if (hint instanceof Label hintLabel) {
            cell.getChildren().add(hintLabel);
        }
        cell.setPadding(new Insets(0, 0, 8, 0));
        GridPane.setValignment(caption, VPos.TOP);
        caption.setPadding(new Insets(6, 0, 0, 0));
        form.add(caption, 0, row);
        form.add(cell, 1, row++);
    }

    private static Label hint(String id, ObservableStringValue text) {
        Label hint = new Label();
        if (id != null) {
            hint.setId(id);
        }
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(text);
        bindShown(hint, hint.textProperty().isNotEmpty());
        return hint;
    }
}
