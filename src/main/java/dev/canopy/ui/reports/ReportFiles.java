package dev.canopy.ui.reports;

import dev.canopy.reports.documentation.DocumentFormat;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** The save dialog for a tenant document: the suggested name, a filter for the chosen format, the folder last used. */
public final class ReportFiles {

    private static File lastFolder;

    private ReportFiles() {
    }

    public static Function<DocumentationViewModel, Optional<Path>> saveAs(Window owner) {
        return model -> {
            DocumentFormat format = model.formatProperty().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the tenant documentation");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
            chooser.setInitialFileName(model.suggestedFileName());
            if (lastFolder != null && lastFolder.isDirectory()) {
                chooser.setInitialDirectory(lastFolder);
            }
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            lastFolder = file.getParentFile();
            return Optional.of(file.toPath());
        };
    }
}
