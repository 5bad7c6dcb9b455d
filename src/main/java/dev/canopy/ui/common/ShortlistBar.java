package dev.canopy.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** "Showing 12 non-compliant computers of Acme · Show all": the bar over a table that a shortlist narrows, hidden without one. */
public final class ShortlistBar {

    private ShortlistBar() {
    }

    /**
     * @param description what the shortlist holds, or null while there is none
     * @param labelId     the label's id; the button's is {@code clearId}
     */
    public static HBox of(ObservableValue<String> description, String labelId, String clearId, Runnable clear) {
        Label what = new Label();
        what.setId(labelId);
        what.textProperty().bind(Bindings.createStringBinding(() -> description.getValue() == null ? "" : "Showing " + description.getValue(),
                description));
        Button all = new Button("Show all");
        all.setId(clearId);
        all.getStyleClass().addAll("small", "flat");
        all.setOnAction(e -> clear.run());
        HBox box = new HBox(8, AppIcon.FILTER.view(), what, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("shortlist-bar");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> description.getValue() != null, description));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
