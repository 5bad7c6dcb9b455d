package dev.canopy.ui.imports;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/**
 * Step 2, "Dry run": while the file is read, the rows read so far and Stop; then the summary and a tab per section
 * (new, changed, not in the file, likely the same, problems), the go-ahead to leave problem rows out, and why Import
 * is or is not possible.
 */
final class DryRunStep extends VBox {

    private final ImportViewModel model;
    private final StepBindings bindings = new StepBindings();
    private final Tab newTab = new Tab();
    private final Tab changedTab = new Tab();
    private final Tab missingTab = new Tab();
    private final Tab likelyTab = new Tab();
    private final Tab problemsTab = new Tab();
    private final TableView<PlanRows.Added> added = PlanTables.added();
    private final TableView<PlanRows.Changed> changed = PlanTables.changed();
    private final TableView<PlanRows.Missing> missing = PlanTables.missing();
    private final TableView<PlanRows.Likely> likely = PlanTables.likely();
    private final TableView<dev.canopy.imports.ImportPlan.Problem> problems = PlanTables.problems();
    private final CheckBox otherRows = new CheckBox();
    private final Label summary = new Label();
    private ChangeListener<PlanRows> onRows;

    DryRunStep(ImportViewModel model) {
        super(10);
        this.model = model;
        setId("importDryRunStep");
        HBox running = bindings.runningRow("import", model.progressProperty(), model.stepProperty().isEqualTo(ImportViewModel.Step.PLANNING),
                model::stop);

        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);

        newTab.setContent(added);
        changedTab.setContent(changed);
        missingTab.setContent(missing);
        likelyTab.setContent(likely);
        problemsTab.setContent(problems);
        newTab.setId("importNewTab");
        changedTab.setId("importChangedTab");
        missingTab.setId("importMissingTab");
        likelyTab.setId("importLikelyTab");
        problemsTab.setId("importProblemsTab");
        TabPane sections = new TabPane(newTab, changedTab, missingTab, likelyTab, problemsTab);
        sections.setId("importSections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(sections, Priority.ALWAYS);

        otherRows.setId("importOtherRows");
        otherRows.setMnemonicParsing(true);
        bindings.both(otherRows.selectedProperty(), model.importOtherRowsProperty());
        Label note = label("importApplyNote", model.applyNoteProperty());
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = label("importError", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        VBox results = new VBox(10, summary, sections, otherRows, note);
        VBox.setVgrow(results, Priority.ALWAYS);
        bindings.shownWhile(results, model.rowsProperty().isNotNull());
        getChildren().addAll(running, results, error);

        ChangeListener<PlanRows> onRows = (obs, old, rows) -> show(rows);
        model.rowsProperty().addListener(onRows);
        this.onRows = onRows;
        show(model.rowsProperty().get());
        setPadding(new Insets(4, 0, 0, 0));
    }

    private void show(PlanRows rows) {
        if (rows == null) {
            return;
        }
        summary.setText(rows.summary());
        PlanTables.show(added, rows.added());
        PlanTables.show(changed, rows.changed());
        PlanTables.show(missing, rows.missing());
        PlanTables.show(likely, rows.likely());
        PlanTables.show(problems, rows.problems());
        newTab.setText("New (" + String.format("%,d", rows.added().size()) + ")");
        changedTab.setText("Changed (" + String.format("%,d", rows.plan().changes().size() + rows.plan().personChanges().size()) + ")");
        missingTab.setText("Not in the file (" + String.format("%,d", rows.missing().size()) + ")");
        likelyTab.setText("Likely the same (" + String.format("%,d", rows.likely().size()) + ")");
        problemsTab.setText("Problems (" + String.format("%,d", rows.problems().size()) + ")");
        int n = rows.problems().size();
        otherRows.setText("Import the _other rows (leave out the " + (n == 1 ? "row" : String.format("%,d rows", n)) + " that cannot be imported)");
        otherRows.setVisible(rows.hasProblems());
        otherRows.setManaged(rows.hasProblems());
        // open on the first section with something in it, problems before what stays as it is
        Tab first = !rows.added().isEmpty() ? newTab : !rows.changed().isEmpty() ? changedTab : rows.hasProblems() ? problemsTab
                : !rows.likely().isEmpty() ? likelyTab : !rows.missing().isEmpty() ? missingTab : newTab;
        first.getTabPane().getSelectionModel().select(first);
    }

    /** The dialog closed: the controls let go of the model. */
    void dispose() {
        model.rowsProperty().removeListener(onRows);
        bindings.dispose();
    }

    private Label label(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        bindings.text(label, text);
        bindings.shownWhile(label, Bindings.isNotEmpty(text));
        return label;
    }
}
