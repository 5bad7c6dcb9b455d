package dev.canopy.ui.computers;

import dev.canopy.domain.computer.Software;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** One computer in detail: its inventory, and the schedules and deployments that apply to it, with why. */
final class ComputerDetailPane extends VBox {

    ComputerDetailPane(ComputerDetailViewModel model) {
        setId("computerDetail");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 0));
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("text-bold");
        TableView<Software> inventory = new TableView<>(model.inventory());
        inventory.setId("inventoryTable");
        inventory.getColumns().addAll(List.of(column("Software", Software::name, 240), column("Version", Software::version, 140),
                column("Publisher", Software::publisher, 200)));
        inventory.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        inventory.setPlaceholder(new Label("No inventory reported."));
        ListView<String> schedules = new ListView<>(model.schedules());
        schedules.setId("computerSchedules");
        schedules.setPlaceholder(new Label("No maintenance schedule applies."));
        ListView<ComputerDetailViewModel.ReachingDeployment> deployments = new ListView<>(model.deployments());
        deployments.setId("computerDeployments");
        deployments.setPlaceholder(new Label("No deployment reaches this computer."));
        deployments.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ComputerDetailViewModel.ReachingDeployment d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.summary());
            }
        });
        TextArea why = new TextArea();
        why.setId("deploymentWhy");
        why.setEditable(false);
        why.setWrapText(true);
        why.setPrefRowCount(5);
        deployments.getSelectionModel().selectedItemProperty().addListener((obs, old, d) -> why.setText(d == null ? "" : d.why()));
        SplitPane deploymentSplit = new SplitPane(deployments, why);
        deploymentSplit.setOrientation(Orientation.VERTICAL);
        ListView<String> history = new ListView<>(model.history());
        history.setId("computerHistory");
        history.setPlaceholder(new Label("No changes recorded for this computer."));
        TabPane tabs = new TabPane(new Tab("Inventory", inventory), new Tab("Deployments", deploymentSplit), new Tab("Schedules", schedules),
                new Tab("History", history));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, tabs);
    }

    private static TableColumn<Software, String> column(String title, Function<Software, String> value, double width) {
        TableColumn<Software, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
