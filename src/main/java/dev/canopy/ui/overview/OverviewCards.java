package dev.canopy.ui.overview;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** The overview's building blocks: a titled card, a big figure, a row of "label … number" where the number links. */
final class OverviewCards {

    private OverviewCards() {
    }

    static Card card(String title, Node... body) {
        Card card = new Card();
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        card.setHeader(heading);
        VBox content = new VBox(8, body);
        card.setBody(content);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    static Label figure(String id) {
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add(Styles.TITLE_1);
        return figure;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return hint;
    }

    /** A legend-like row: a coloured dot, what it counts, and the count as a link to the list behind it. */
    static HBox countRow(String dotClass, String what, Node count) {
        Region dot = new Region();
        dot.getStyleClass().addAll("overview-dot", dotClass);
        dot.setMinSize(10, 10);
        dot.setMaxSize(10, 10);
        Label label = new Label(what);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, dot, label, gap, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static Hyperlink link(String id, Runnable open) {
        Hyperlink link = new Hyperlink();
        link.setId(id);
        link.setOnAction(e -> {
            open.run();
            link.setVisited(false);
        });
        return link;
    }

    /** A doughnut-free pie without its own legend (the count rows beside it are the legend, and they link). */
    static PieChart pie(String id) {
        PieChart pie = new PieChart(FXCollections.observableArrayList());
        pie.setId(id);
        pie.setLegendVisible(false);
        pie.setLabelsVisible(false);
        pie.setAnimated(false);
        pie.setPrefSize(150, 150);
        pie.setMinSize(150, 150);
        pie.setMaxSize(150, 150);
        return pie;
    }

    /**
     * Slices in a fixed order, each with the style class its count row's dot has, so colours match. The chart resets
     * every slice's classes as slices are added, so the classes go on once all are in.
     */
    static void slices(PieChart pie, List<String> classes, List<Integer> values) {
        List<PieChart.Data> data = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            data.add(new PieChart.Data(classes.get(i), Math.max(0, values.get(i))));
        }
        pie.getData().setAll(data);
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).getNode() != null) {
                data.get(i).getNode().getStyleClass().add(classes.get(i));
            }
        }
    }

    /** Two columns that share the width evenly and grow with the window. */
    static GridPane twoColumns() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }
}
