package dev.canopy.ui.users;

import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonRules;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.LazyTab;
import dev.canopy.ui.common.PeopleShortlist;
import dev.canopy.ui.common.ShortlistBar;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;

import java.util.List;

/** The Users tab: people of the selected tenant with their roles; add, edit, remove; filter and sort. */
public final class UsersTab extends LazyTab {

    private final EditorServices main;
    private UsersViewModel model;
    private final TableView<Person> table = new TableView<>();
    private dev.canopy.ui.common.TableLayoutKeeper columnLayout;
    /** A shortlist asked for before the tab was first shown (it builds then). */
    private PeopleShortlist pending;

    public UsersTab(EditorServices main) {
        super("Users", "usersTab", AppIcon.PEOPLE);
        this.main = main;
    }

    @Override
    protected Node build() {
        model = new UsersViewModel(main.tenants(), main.store(), main.tasks(), main.commands(), main.notices());

        CustomTextField filter = new CustomTextField();
        filter.setId("userFilter");
        filter.setPromptText("Filter by name, e-mail or tenant");
        filter.setLeft(AppIcon.SEARCH.view());
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox subTenants = new CheckBox("Include sub-tenants");
        subTenants.setId("includeSubTenants");
        subTenants.selectedProperty().bindBidirectional(model.includeSubTenantsProperty());
        Button add = new Button("Add person", AppIcon.ADD.view());
        add.setId("addPersonButton");
        add.setOnAction(e -> model.newPerson().ifPresent(this::ask));
        Button edit = new Button("Edit", AppIcon.RENAME.view());
        edit.setId("editPersonButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove", AppIcon.DELETE.view());
        remove.setId("removePersonButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(table.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, filter, subTenants, add, edit, remove);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("userTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getColumns().addAll(List.of(
                column("Name", p -> p.displayName(), 150),
                column("E-mail", Person::email, 240),
                column("Role", p -> PersonRules.label(p.role()), 170),
                column("Tenant", p -> model.tenantName(p.tenantId()), 150),
                column("Active", p -> p.active() ? "Yes" : "No", 55)));
        SortedList<Person> sorted = new SortedList<>(model.shownPeople());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(table.getColumns().get(0));
        columnLayout = dev.canopy.ui.common.TableLayoutKeeper.keep(table);
        table.setPlaceholder(new Label("No people in this tenant. Add one, or include sub-tenants."));
        table.setRowFactory(t -> {
            TableRow<Person> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Person selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                edit(selected);
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                remove(selected);
            }
        });
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.shownPeople()).asString("%,d people"));
        count.getStyleClass().add("field-hint");
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox shortlistBar = ShortlistBar.of(Bindings.createStringBinding(() -> model.shortlistProperty().get() == null ? null
                : model.shortlistProperty().get().description(), model.shortlistProperty()), "peopleShortlist", "clearPeopleShortlistButton",
                model::clearShortlist);
        VBox content = new VBox(10, bar, shortlistBar, table, count);
        content.setPadding(new Insets(12));
        if (pending != null) {
            model.showOnly(pending);
            pending = null;
        }
        model.load();
        return content;
    }

    /** Shows only these people (a count on the overview clicked) and brings the tab forward. */
    public void showOnly(PeopleShortlist list) {
        if (model != null) {
            model.showOnly(list);
        } else {
            pending = list;
        }
        if (getTabPane() != null) {
            getTabPane().getSelectionModel().select(this);
        }
    }

    /** Brings the tab forward filtered to one person, by e-mail (unique in a tenant): the command palette found them. */
    public void showPerson(String email) {
        if (getTabPane() != null) {
            getTabPane().getSelectionModel().select(this);  // builds the tab the first time
        }
        if (model != null) {
            model.filterProperty().set(email);
        }
    }

    @Override
    protected void release() {
        columnLayout.dispose();
        model.dispose();
    }

    private TableColumn<Person, String> column(String title, java.util.function.Function<Person, String> value, double width) {
        TableColumn<Person, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void edit(Person person) {
        model.edit(person).ifPresent(this::ask);
    }

    private void ask(PersonFormModel form) {
        new PersonDialog(table.getScene().getWindow(), form).showAndWait();
    }

    private void remove(Person person) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.removeQuestion(person), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(table.getScene().getWindow());
        confirm.setHeaderText("Remove " + person.displayName() + "?");
        confirm.getDialogPane().setId("removePersonDialog");
        dev.canopy.ui.common.DeleteConfirmation.answer(confirm, ButtonType.OK).filter(ButtonType.OK::equals).ifPresent(b -> model.remove(person,
                error -> ErrorDialogs.show(table.getScene().getWindow(), "That person was not removed", error)));
    }
}
