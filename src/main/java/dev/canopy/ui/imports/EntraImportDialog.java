package dev.canopy.ui.imports;

import atlantafx.base.theme.Styles;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.imports.entra.DeviceCodeSignIn;
import dev.canopy.imports.entra.GuestMode;
import dev.canopy.imports.entra.GraphWait;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.imports.EntraImportViewModel.Source;
import dev.canopy.ui.imports.EntraImportViewModel.Step;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * File → Import people from Entra ID…: the tenant and the source above, the dry run's sections below (new, changed
 * field by field, not in Entra ID, problems), Import as one undoable change. Close stops a dry run and forgets the
 * token; while the import is being written the dialog stays open, as a command cannot be stopped halfway.
 */
public final class EntraImportDialog extends Dialog<Void> {

    static final ButtonType DRY_RUN = new ButtonType("_Dry run", ButtonBar.ButtonData.NEXT_FORWARD);
    static final ButtonType IMPORT = new ButtonType("_Import", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CLOSE = new ButtonType("_Close", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final EntraImportViewModel model;
    private final StepBindings bindings = new StepBindings();
    private final ToggleGroup sourceChoice = new ToggleGroup();
    private final ChangeListener<PersonPlanRows> onRows = (obs, old, rows) -> show(rows);
    private final Tab newTab = new Tab();
    private final Tab changedTab = new Tab();
    private final Tab missingTab = new Tab();
    private final Tab problemsTab = new Tab();
    private final TableView<PersonPlanRows.Added> added = PersonPlanTables.added();
    private final TableView<PersonPlanRows.Changed> changed = PersonPlanTables.changed();
    private final TableView<PersonPlanRows.Missing> missing = PersonPlanTables.missing();
    private final TableView<dev.canopy.imports.entra.PersonImportPlan.Problem> problems = PersonPlanTables.problems();
    private final CheckBox otherUsers = new CheckBox();
    private final Label summary = new Label();

    /** Opens the dialog on the selected tenant. */
    public static EntraImportDialog open(Window owner, EditorServices services) {
        return open(owner, services, DeviceCodeSignIn::new);
    }

    /** @param signIns how "Sign in…" signs in (tests route it to a loopback sign-in service) */
    static EntraImportDialog open(Window owner, EditorServices services, Supplier<DeviceCodeSignIn> signIns) {
        EntraImportDialog dialog = new EntraImportDialog(owner, new EntraImportViewModel(services.tenants(), services.store(), services.tasks(),
                services.commands(), services.notices(), GraphWait.SLEEPING, Clock.systemUTC(), signIns), services.tenants().hierarchy());
        dialog.show();
        return dialog;
    }

    EntraImportDialog(Window owner, EntraImportViewModel model, TenantHierarchy hierarchy) {
        this.model = model;
        initOwner(owner);
        setTitle("Import people from Entra ID");
        setHeaderText("Import people from Entra ID (Microsoft Graph) into a tenant");
        setGraphic(AppIcon.PEOPLE.view());
        setResizable(true);
        getDialogPane().setId("entraImportDialog");
        getDialogPane().getButtonTypes().addAll(DRY_RUN, IMPORT, CLOSE);
        button(DRY_RUN, "entraDryRunButton", model::dryRun).disableProperty().bind(model.canDryRunProperty().not());
        button(IMPORT, "entraImportButton", () -> model.apply(this::close)).disableProperty().bind(model.canApplyProperty().not());
        getDialogPane().lookupButton(CLOSE).setId("entraCloseButton");
        getDialogPane().lookupButton(CLOSE).disableProperty().bind(model.stepProperty().isEqualTo(Step.APPLYING));
        VBox content = new VBox(10, form(hierarchy), running(), results(), message("entraError", model.errorProperty(), Styles.DANGER));
        content.setPadding(new Insets(4, 8, 0, 8));  // the form's labels clear the window's edge
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(980, 720);
        getDialogPane().setMinSize(Region.USE_PREF_SIZE, 520);
        model.rowsProperty().addListener(onRows);
        setOnCloseRequest(e -> {
            if (model.stepProperty().get() == Step.APPLYING) {
                e.consume();
            }
        });
        setOnHidden(e -> dispose());
    }

    private Node form(TenantHierarchy hierarchy) {
        ComboBox<UUID> tenant = new ComboBox<>();
        tenant.setId("entraTenant");
        hierarchy.depthFirst().stream().map(TenantNode::id).forEach(tenant.getItems()::add);
        tenant.setConverter(new StringConverter<>() {
            @Override
            public String toString(UUID id) {
                return id == null ? "" : hierarchy.pathText(id);
            }

            @Override
            public UUID fromString(String text) {
                return null;
            }
        });
        tenant.setMaxWidth(Double.MAX_VALUE);
        bindings.both(tenant.valueProperty(), model.tenantProperty());

        RadioButton graph = radio("entraFromGraph", "Microsoft _Graph", Source.GRAPH);
        RadioButton pages = radio("entraFromPages", "_Saved Graph pages (a folder of .json pages, or one page)", Source.PAGES);
        sourceChoice.selectToggle(model.sourceProperty().get() == Source.PAGES ? pages : graph);
        sourceChoice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.sourceProperty().set((Source) now.getUserData());
            }
        });
        TextField url = field("entraGraphUrl", "https://graph.microsoft.com");
        bindings.both(url.textProperty(), model.graphUrlProperty());
        PasswordField token = new PasswordField();
        token.setId("entraToken");
        token.setPromptText("An access token with User.Read.All (GroupMember.Read.All for a group)");
        token.setAccessibleText("Graph access token");
        bindings.both(token.textProperty(), model.tokenProperty());
        EntraSignInPane signIn = new EntraSignInPane(model.signIn(), bindings);
        HBox tokenRow = new HBox(6, token, signIn.button());
        HBox.setHgrow(token, Priority.ALWAYS);
        TextField group = field("entraGroup", "Every user (or a group's display name or object id: its direct members)");
        bindings.both(group.textProperty(), model.groupProperty());
        TextField folder = field("entraPages", "The folder the Graph pages were saved in");
        bindings.both(folder.textProperty(), model.pagesFolderProperty());
        Button browse = new Button("_Browse…");
        browse.setId("entraBrowse");
        browse.setOnAction(e -> browse());
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        CheckBox guests = new CheckBox("Import guest accounts too, marked \"(guest)\" after the name (else they are left out)");
        guests.setId("entraGuests");
        guests.setSelected(model.guestsProperty().get() == GuestMode.MARK);
        guests.selectedProperty().addListener((obs, old, now) -> model.guestsProperty().set(now ? GuestMode.MARK : GuestMode.SKIP));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        BooleanBinding fromGraph = model.sourceProperty().isEqualTo(Source.GRAPH);
        row(grid, 0, "Into _tenant", tenant, null);
        row(grid, 1, "From", new HBox(18, graph, pages), null);
        row(grid, 2, "Graph _address", url, fromGraph);
        row(grid, 3, "Access to_ken", tokenRow, fromGraph);
        row(grid, 4, "Sign in _with", signIn.settings(), fromGraph);
        VBox signInStatus = new VBox(signIn.status());  // the status shows and hides itself; this holder only with Graph
        grid.add(signInStatus, 1, 5);
        bindings.shownWhile(signInStatus, fromGraph);
        row(grid, 6, "G_roup", group, fromGraph);
        row(grid, 7, "_Pages", folderRow, fromGraph.not());
        row(grid, 8, "Guests", guests, null);
        grid.add(message("entraSourceProblem", model.sourceProblemProperty(), Styles.TEXT_MUTED), 1, 9);
        bindings.disabledWhile(grid, model.stepProperty().isEqualTo(Step.PLANNING).or(model.stepProperty().isEqualTo(Step.APPLYING)));
        return grid;
    }

    private Node running() {
        HBox running = bindings.runningRow("entra", model.progressProperty(), model.stepProperty().isEqualTo(Step.PLANNING), model::stop);
        // a stopped dry run says so below the form
        Label stopped = message("entraStopped", model.progressProperty(), Styles.TEXT_MUTED);
        bindings.shownWhile(stopped, model.stepProperty().isNotEqualTo(Step.PLANNING).and(Bindings.isNotEmpty(model.progressProperty())));
        return new VBox(running, stopped);
    }

    private Node results() {
        summary.setId("entraSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        newTab.setContent(added);
        changedTab.setContent(changed);
        missingTab.setContent(missing);
        problemsTab.setContent(problems);
        newTab.setId("entraNewTab");
        changedTab.setId("entraChangedTab");
        missingTab.setId("entraMissingTab");
        problemsTab.setId("entraProblemsTab");
        TabPane sections = new TabPane(newTab, changedTab, missingTab, problemsTab);
        sections.setId("entraSections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sections.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(sections, Priority.ALWAYS);
        otherUsers.setId("entraOtherUsers");
        otherUsers.setMnemonicParsing(true);
        bindings.both(otherUsers.selectedProperty(), model.importOtherUsersProperty());
        VBox results = new VBox(8, summary, sections, otherUsers, message("entraApplyNote", model.applyNoteProperty(), Styles.TEXT_MUTED));
        VBox.setVgrow(results, Priority.ALWAYS);
        bindings.shownWhile(results, model.rowsProperty().isNotNull());
        return results;
    }

    private void show(PersonPlanRows rows) {
        if (rows == null) {
            return;
        }
        summary.setText(rows.summary());
        PlanTables.show(added, rows.added());
        PlanTables.show(changed, rows.changed());
        PlanTables.show(missing, rows.missing());
        PlanTables.show(problems, rows.problems());
        newTab.setText(String.format("New (%,d)", rows.added().size()));
        changedTab.setText(String.format("Changed (%,d)", rows.plan().changes().size()));
        missingTab.setText(String.format("Not in Entra ID (%,d)", rows.missing().size()));
        problemsTab.setText(String.format("Problems (%,d)", rows.problems().size()));
        int n = rows.problems().size();
        otherUsers.setText("Import the _other users (leave out the " + (n == 1 ? "user" : String.format("%,d users", n)) + " that cannot be imported)");
        otherUsers.setVisible(rows.hasProblems());
        otherUsers.setManaged(rows.hasProblems());
        Tab first = !rows.added().isEmpty() ? newTab : !rows.changed().isEmpty() ? changedTab : rows.hasProblems() ? problemsTab
                : !rows.missing().isEmpty() ? missingTab : newTab;
        first.getTabPane().getSelectionModel().select(first);
    }

    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The folder of saved Graph pages");
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            model.pagesFolderProperty().set(chosen.getPath());
        }
    }

    private RadioButton radio(String id, String text, Source source) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setMnemonicParsing(true);
        radio.setUserData(source);
        radio.setToggleGroup(sourceChoice);
        return radio;
    }

    static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private void row(GridPane grid, int row, String text, Node control, BooleanBinding shown) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control instanceof HBox box ? box.getChildren().get(0) : control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        if (shown != null) {
            bindings.shownWhile(label, shown);
            bindings.shownWhile(control, shown);
        }
    }

    private Label message(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        bindings.text(label, text);
        bindings.shownWhile(label, Bindings.isNotEmpty(text));
        return label;
    }

    private Button button(ButtonType type, String id, Runnable action) {
        return StepBindings.acting(getDialogPane(), type, id, action);
    }

    private void dispose() {
        model.rowsProperty().removeListener(onRows);
        model.close();
        bindings.dispose();
    }
}
