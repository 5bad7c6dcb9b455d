package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.ui.common.AppIcon;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The right side of the Schedules tab: the open schedule as a form (captions left, fields right, each message
 * under its field), the next runs in two zones, overlap warnings, and Save / Revert (Ctrl+S saves). An
 * inherited schedule is read-only, with a way to its owner.
 */
final class ScheduleEditorView extends StackPane {

    private static final KeyCombination SAVE_KEYS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SchedulesViewModel schedules;
    private final ScheduleEditorModel model;
    private final FormGrid form;
    private final TextField nameField = new TextField();

    ScheduleEditorView(SchedulesViewModel schedules) {
        this.schedules = schedules;
        this.model = schedules.editor();
        this.form = new FormGrid(model::errorProperty);
        getStyleClass().add("schedule-editor");

        buildGeneral();
        buildWhen();
        buildNextRuns();
        buildTarget();
        buildReboots();
        form.disableInputsWhile(model.readOnlyProperty());

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
        Visibility.bind(editor, model.shownProperty().isNotNull());

        Label empty = new Label("Choose a schedule on the left, or click New to add one.");
        empty.getStyleClass().add("field-hint");
        empty.setId("scheduleEditorPlaceholder");
        Visibility.bind(empty, model.shownProperty().isNull());
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
        title.textProperty().bind(model.title());

        Label from = new Label();
        from.setWrapText(true);
        from.textProperty().bind(model.inheritedFrom());
        HBox.setHgrow(from, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        Button goToOwner = new Button("Go to owner", AppIcon.GO_TO.view());
        goToOwner.setId("goToOwnerButton");
        goToOwner.setMinWidth(Region.USE_PREF_SIZE);
        goToOwner.setOnAction(e -> schedules.goToOwner());
        HBox banner = new HBox(10, AppIcon.LOCKED.view(), from, goToOwner);
        banner.setId("inheritedBanner");
        banner.getStyleClass().add("inherited-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        Visibility.bind(banner, model.readOnlyProperty());

        Label overlap = new Label();
        overlap.setId("overlapWarning");
        overlap.getStyleClass().add("overlap-warning");
        overlap.setGraphic(AppIcon.WARNING.view());
        overlap.setWrapText(true);
        overlap.textProperty().bind(model.overlapWarningProperty());
        overlap.setMaxWidth(Double.MAX_VALUE);
        Visibility.bind(overlap, overlap.textProperty().isNotEmpty());
        return new VBox(8, title, banner, overlap);
    }

    private void buildGeneral() {
        nameField.setId("scheduleNameField");
        nameField.setPromptText("e.g. Weekly patching");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        form.field("Name", nameField, "name", null);

        CheckBox enabled = new CheckBox("Enabled: runs on this schedule");
        enabled.setId("scheduleEnabledCheck");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        form.field("", enabled, null, null);
    }

    private void buildWhen() {
        form.section("When");
        RecurrenceEditor recurrence = new RecurrenceEditor(model.recurrence(), model.recurrenceWordsProperty());
        form.inputs(recurrence.inputs());
        form.field("Recurrence", recurrence, "recurrence", null);

        TextField window = new TextField();
        window.setId("windowField");
        window.setPromptText("minutes, or e.g. 2h 30m");
        window.setPrefColumnCount(10);
        window.setMaxWidth(160);
        window.textProperty().bindBidirectional(model.windowProperty());
        form.field("Window", window, "windowMinutes", FormGrid.hint("windowWords", model.windowWordsProperty()));

        ComboBox<ZoneMode> zoneMode = new ComboBox<>(FXCollections.observableArrayList(ZoneMode.values()));
        zoneMode.setId("zoneModeBox");
        zoneMode.setConverter(Labels.converter(ZoneMode::label));
        zoneMode.valueProperty().bindBidirectional(model.zone().modeProperty());
        TextField zone = new TextField();
        zone.setId("zoneField");
        zone.setPromptText("e.g. Europe/Berlin");
        zone.textProperty().bindBidirectional(model.zone().zoneProperty());
        HBox.setHgrow(zone, Priority.ALWAYS);
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        zones.sort(null);
        TextFields.bindAutoCompletion(zone, zones);
        Visibility.bind(zone, model.zone().modeProperty().isEqualTo(ZoneMode.OWN));
        HBox zoneBox = new HBox(8, zoneMode, zone);
        zoneBox.setAlignment(Pos.CENTER_LEFT);
        form.inputs(zoneMode, zone);
        form.field("Time zone", zoneBox, "timeZone", FormGrid.hint("zoneWords", model.preview().zoneWordsProperty()));
    }

    private void buildNextRuns() {
        form.section("Next runs");
        Label notes = FormGrid.hint("clockChangeNotes", model.preview().clockChangeNotesProperty());
        form.wide(new VBox(6, new NextRunsTable(model.preview()), notes));
    }

    private void buildTarget() {
        form.section("Computers");
        TargetFields target = model.target();
        ComboBox<TargetKind> kind = new ComboBox<>(FXCollections.observableArrayList(TargetKind.values()));
        kind.setId("targetKindBox");
        kind.setConverter(Labels.converter(Labels::of));
        kind.valueProperty().bindBidirectional(target.kindProperty());
        TextField tag = new TextField();
        tag.setId("tagField");
        tag.setPromptText("tag, e.g. servers");
        tag.textProperty().bindBidirectional(target.tagProperty());
        HBox.setHgrow(tag, Priority.ALWAYS);
        Visibility.bind(tag, target.kindProperty().isEqualTo(TargetKind.TAG));
        HBox kindBox = new HBox(8, kind, tag);
        kindBox.setAlignment(Pos.CENTER_LEFT);
        ComputerPicker picker = new ComputerPicker(target);
        Visibility.bind(picker, target.kindProperty().isEqualTo(TargetKind.COMPUTERS));
        form.inputs(kind, tag, picker.list());
        form.field("Applies to", new VBox(6, kindBox, picker), "target", null);

        CheckBox propagate = new CheckBox("Also applies to child tenants");
        propagate.setId("propagateCheck");
        propagate.selectedProperty().bindBidirectional(target.propagateProperty());
        form.field("", propagate, null, FormGrid.hint("Child tenants see it greyed in their list and cannot change it."));
    }

    private void buildReboots() {
        form.section("Reboots");
        RebootFields reboots = model.reboots();
        ComboBox<RebootPreference> reboot = new ComboBox<>(FXCollections.observableArrayList(RebootPreference.values()));
        reboot.setId("rebootBox");
        reboot.setConverter(Labels.converter(Labels::of));
        reboot.valueProperty().bindBidirectional(reboots.preferenceProperty());
        reboot.setMaxWidth(Double.MAX_VALUE);
        form.field("Reboot", reboot, null, null);

        TextField prompt = new TextField();
        prompt.setId("promptTimeoutField");
        prompt.setPrefColumnCount(5);
        prompt.setMinWidth(70);
        prompt.setMaxWidth(70);
        prompt.textProperty().bindBidirectional(reboots.promptTimeoutProperty());
        Label minutes = new Label("minutes to answer a prompt before it goes ahead (0 = no prompt)");
        minutes.getStyleClass().add("field-hint");
        minutes.setWrapText(true);
        HBox promptBox = new HBox(8, prompt, minutes);
        promptBox.setAlignment(Pos.CENTER_LEFT);
        form.inputs(prompt);
        form.field("Prompt timeout", promptBox, "promptTimeoutMinutes", null);

        CheckBox autoConsent = new CheckBox("Consent to reboots automatically");
        autoConsent.setId("autoConsentCheck");
        autoConsent.selectedProperty().bindBidirectional(reboots.autoConsentProperty());
        CheckBox suppress = new CheckBox("No reboots during business hours");
        suppress.setId("suppressRebootsCheck");
        suppress.selectedProperty().bindBidirectional(reboots.suppressProperty());
        form.inputs(autoConsent, suppress);
        form.field("", new VBox(8, autoConsent, suppress), null,
                FormGrid.hint("Business hours are the tenant's maintenance.businessHours preference."));
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
        Visibility.bind(bar, model.readOnlyProperty().not());
        return bar;
    }
}
