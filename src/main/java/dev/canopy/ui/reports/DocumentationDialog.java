package dev.canopy.ui.reports;

import dev.canopy.reports.documentation.DocumentFormat;
import dev.canopy.ui.common.AppIcon;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reports → Tenant documentation… (Ctrl+Shift+D): what the document will hold, the choice of sub-tenants and format,
 * then "Save as…" asks where and the writing goes on in the background.
 */
public final class DocumentationDialog extends Dialog<Path> {

    private static final ButtonType SAVE = new ButtonType("_Save as…", ButtonBar.ButtonData.OK_DONE);

    /** @param saveAs asks where to save, given the suggested file name and the format (a file chooser; a fixed path in tests) */
    public DocumentationDialog(Window owner, DocumentationViewModel model, Function<DocumentationViewModel, Optional<Path>> saveAs) {
        initOwner(owner);
        setTitle("Tenant documentation");
        setHeaderText("Document " + model.tenantPath());
        setGraphic(AppIcon.REPORT.view());
        getDialogPane().setId("documentationDialog");
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);

        Label holds = new Label("A dated document with the effective preferences and where each comes from, the schedules with"
                + " their next runs, the deployments and what wins where, people and roles, and the computers by status.");
        holds.setWrapText(true);
        holds.setPrefWidth(440);
        CheckBox subtree = new CheckBox(model.subTenantsText());
        subtree.setId("documentationSubtree");
        subtree.setMnemonicParsing(false);
        subtree.selectedProperty().bindBidirectional(model.includeSubTenantsProperty());
        subtree.setDisable(model.subTenants() == 0);

        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = format(DocumentFormat.PDF, formats, "documentationPdf");
        RadioButton html = format(DocumentFormat.HTML, formats, "documentationHtml");
        formats.selectToggle(model.formatProperty().get() == DocumentFormat.HTML ? html : pdf);
        formats.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.formatProperty().set((DocumentFormat) chosen.getUserData());
            }
        });
        HBox formatRow = new HBox(16, new Label("Format:"), pdf, html);
        VBox content = new VBox(14, holds, subtree, formatRow);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(SAVE).setDisable(!model.hasTenant());

        setResultConverter(button -> button == SAVE ? saveAs.apply(model).orElse(null) : null);
    }

    private static RadioButton format(DocumentFormat format, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(format.label());
        button.setId(id);
        button.setUserData(format);
        button.setToggleGroup(group);
        return button;
    }

    /** Shows the dialog; when a file was chosen, the document is written to it in the background. */
    public static void open(Window owner, DocumentationViewModel model, Function<DocumentationViewModel, Optional<Path>> saveAs) {
        new DocumentationDialog(owner, model, saveAs).showAndWait().ifPresent(model::export);
    }
}
