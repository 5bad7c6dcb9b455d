package dev.canopy.ui.schedules;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recurrence chooser: Daily, Weekly (day toggles), Monthly (day of month) at a time of day, or a custom
 * 5-field cron expression; the recurrence in words underneath, as the technician types.
 */
final class RecurrenceEditor extends VBox {

    private final List<Node> inputs = new ArrayList<>();

    RecurrenceEditor(RecurrenceFields fields, ObservableStringValue inWords) {
        setSpacing(6);
        getStyleClass().add("recurrence-editor");

        ComboBox<RecurrenceMode> modeBox = new ComboBox<>(FXCollections.observableArrayList(RecurrenceMode.values()));
        modeBox.setId("recurrenceModeBox");
        modeBox.setConverter(Labels.converter(RecurrenceMode::label));
        modeBox.valueProperty().bindBidirectional(fields.modeProperty());
        modeBox.setPrefWidth(140);
        BooleanBinding custom = fields.modeProperty().isEqualTo(RecurrenceMode.CUSTOM);

        TextField timeField = new TextField();
        timeField.setId("scheduleTimeField");
        timeField.setPromptText("HH:MM");
        timeField.setPrefColumnCount(5);
        timeField.textProperty().bindBidirectional(fields.timeProperty());
        HBox timeBox = new HBox(8, new Label("at"), timeField);
        timeBox.setAlignment(Pos.CENTER_LEFT);
        Visibility.bind(timeBox, custom.not());

        TextField cronField = new TextField();
        cronField.setId("cronField");
        cronField.setPromptText("minute hour day-of-month month day-of-week, e.g. 30 2 * * MON-FRI");
        cronField.textProperty().bindBidirectional(fields.cronProperty());
        HBox.setHgrow(cronField, Priority.ALWAYS);
        Visibility.bind(cronField, custom);

        HBox first = new HBox(8, modeBox, timeBox, cronField);
        first.setAlignment(Pos.CENTER_LEFT);

        HBox dayToggles = new HBox(4);
        dayToggles.setId("weekDays");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton toggle = new ToggleButton(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            toggle.setId("day" + day.name());
            toggle.getStyleClass().add("day-toggle");
            toggle.selectedProperty().bindBidirectional(fields.dayProperty(day));
            toggle.setMinWidth(44);
            dayToggles.getChildren().add(toggle);
            inputs.add(toggle);
        }
        Visibility.bind(dayToggles, fields.modeProperty().isEqualTo(RecurrenceMode.WEEKLY));

        Spinner<Integer> daySpinner = new Spinner<>();
        daySpinner.setId("dayOfMonthSpinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory days = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 31, 1);
        days.setWrapAround(true);
        daySpinner.setValueFactory(days);
        daySpinner.setEditable(true);
        daySpinner.setPrefWidth(80);
        days.valueProperty().bindBidirectional(fields.dayOfMonthProperty());
        HBox monthly = new HBox(8, new Label("on day"), daySpinner, new Label("of the month"));
        monthly.setAlignment(Pos.CENTER_LEFT);
        Visibility.bind(monthly, fields.modeProperty().isEqualTo(RecurrenceMode.MONTHLY));

        Label words = new Label();
        words.setId("recurrenceWords");
        words.getStyleClass().add("recurrence-words");
        words.setWrapText(true);
        words.textProperty().bind(inWords);
        Visibility.bind(words, words.textProperty().isNotEmpty());

        getChildren().addAll(first, dayToggles, monthly, words);
        inputs.addAll(List.of(modeBox, timeField, cronField, daySpinner));
    }

    /** Its controls, to be disabled with the rest of the form. */
    Node[] inputs() {
        return inputs.toArray(Node[]::new);
    }
}
