package dev.canopy.ui.computers;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The what-if sheet: everything a reassignment would change, shown before anything changes. */
final class WhatIfDialog extends Dialog<ButtonType> {

    static final ButtonType REASSIGN = new ButtonType("_Reassign", ButtonBar.ButtonData.OK_DONE);

    WhatIfDialog(Window owner, WhatIfSheet sheet) {
        initOwner(owner);
        setTitle("Reassign computers");
        setHeaderText(sheet.header());
        getDialogPane().setId("whatIfDialog");
        getDialogPane().getButtonTypes().addAll(REASSIGN, ButtonType.CANCEL);

        VBox body = new VBox(10);
        body.setPadding(new Insets(4, 4, 4, 4));
        if (!sheet.nothingElse().isEmpty()) {
            body.getChildren().add(line(sheet.nothingElse(), "whatIfNothing"));
        }
        for (WhatIfSheet.Section section : sheet.sections()) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("text-bold");
            VBox lines = new VBox(2);
            lines.setId(section.id());
            section.lines().forEach(l -> lines.getChildren().add(line(l, null)));
            body.getChildren().addAll(heading, lines);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 440);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(660);
        // Enter confirms, Esc cancels: the keyboard path through a reassignment
        setOnShown(e -> javafx.application.Platform.runLater(() -> getDialogPane().lookupButton(REASSIGN).requestFocus()));
    }

    /** Shows the sheet without blocking the caller; runs onConfirm if the technician chooses Reassign. */
    void ask(Runnable onConfirm) {
        setOnHidden(e -> {
            if (REASSIGN.equals(getResult())) {
                onConfirm.run();
            }
        });
        show();
    }

    private static Label line(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
