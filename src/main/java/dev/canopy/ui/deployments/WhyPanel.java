package dev.canopy.ui.deployments;

import dev.canopy.domain.deployment.Resolution;
import dev.canopy.ui.common.AppIcon;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * "Why": for a computer of the selected tenant, each software's effective deployment and every
 * deployment it beat, with the rule that decided. One entry per software, in name order; the
 * software of the deployment selected in the table is highlighted.
 */
final class WhyPanel extends VBox {

    private final WhyViewModel model;
    private final VBox entries = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(entries);
    private String highlighted = "";

    WhyPanel(WhyViewModel model) {
        this.model = model;
        getStyleClass().add("why-panel");

        Label title = new Label("Why", AppIcon.WHY.view());
        title.getStyleClass().add("title-4");
        ComboBox<WhyComputer> picker = new ComboBox<>(model.computers());
        picker.setId("whyComputerPicker");
        picker.valueProperty().bindBidirectional(model.chosenProperty());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(WhyComputer c) {
                return c == null ? "" : c.name();
            }

            @Override
            public WhyComputer fromString(String s) {
                return null;
            }
        });
        picker.setPrefWidth(250);
        picker.setVisibleRowCount(12);

        TextField tags = new TextField();
        tags.setId("whyTagsField");
        tags.setPromptText("Its tags, e.g. laptops, finance");
        tags.textProperty().bindBidirectional(model.typedTagsProperty());
        HBox.setHgrow(tags, Priority.ALWAYS);
        Label realTags = new Label();
        realTags.setId("whyComputerTags");
        realTags.getStyleClass().add("field-hint");
        var hypothetical = Bindings.createBooleanBinding(() -> model.chosenProperty().get() == null
                || model.chosenProperty().get().hypothetical(), model.chosenProperty());
        tags.visibleProperty().bind(hypothetical);
        tags.managedProperty().bind(hypothetical);
        realTags.visibleProperty().bind(hypothetical.not());
        realTags.managedProperty().bind(hypothetical.not());
        realTags.textProperty().bind(Bindings.createStringBinding(() -> {
            WhyComputer c = model.chosenProperty().get();
            return c == null || c.tags().isEmpty() ? "No tags" : "Tags: " + String.join(", ", c.tags());
        }, model.chosenProperty()));

        Label on = new Label("Effective on");
        HBox header = new HBox(8, title, on, picker, tags, realTags);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(on, new Insets(0, 0, 0, 8));

        entries.setId("whyList");
        entries.setPadding(new Insets(4, 8, 8, 2));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("why-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setSpacing(8);

        model.resolutions().addListener((ListChangeListener<Resolution>) c -> refresh());
        refresh();
    }

    /** Marks the entry of one software (from the table's selection), or none for "". */
    void highlight(String software) {
        highlighted = software == null ? "" : software;
        for (Node entry : entries.getChildren()) {
            boolean match = highlighted.equalsIgnoreCase(String.valueOf(entry.getUserData()));
            entry.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("highlighted"), match);
            if (match) {
                scrollTo(entry);
            }
        }
    }

    private void scrollTo(Node entry) {
        double content = entries.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            scroll.setVvalue(Math.min(1, entry.getBoundsInParent().getMinY() / (content - viewport)));
        }
    }

    private void refresh() {
        if (model.resolutions().isEmpty()) {
            Label none = new Label("No deployment reaches this computer.");
            none.getStyleClass().add("field-hint");
            entries.getChildren().setAll(none);
            return;
        }
        entries.getChildren().setAll(model.resolutions().stream().map(this::entry).toList());
        highlight(highlighted);
    }

    private Node entry(Resolution resolution) {
        List<String> lines = model.explain(resolution);
        Label winner = new Label(lines.get(0), AppIcon.STATUS.view());
        winner.getStyleClass().add("why-winner");
        winner.setWrapText(true);
        VBox entry = new VBox(2, winner);
        for (String line : lines.subList(1, lines.size())) {
            Label beaten = new Label(line);
            beaten.getStyleClass().add(line.startsWith("Beats ") ? "why-beaten" : "why-alone");
            beaten.setWrapText(true);
            entry.getChildren().add(beaten);
        }
        if (resolution.tied()) {
            Label tie = new Label("A tie broken only by edit time or id: make one of them more specific.", AppIcon.WARNING.view());
            tie.getStyleClass().add("why-tie");
            tie.setWrapText(true);
            entry.getChildren().add(tie);
        }
        entry.getStyleClass().add("why-entry");
        entry.setUserData(resolution.software());
        return entry;
    }
}
