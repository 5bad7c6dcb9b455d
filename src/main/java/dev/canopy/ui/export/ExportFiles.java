package dev.canopy.ui.export;

import dev.canopy.imports.export.CanopyExport;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Where an export goes: a save dialog for the JSON file, a folder chooser for the CSV files; the folder last used. */
public final class ExportFiles {

    private static File lastFolder;

    private ExportFiles() {
    }

    public static Function<ExportViewModel, Optional<Path>> saveAs(Window owner) {
        return model -> {
            File chosen;
            if (model.formatProperty().get() == ExportViewModel.Format.JSON) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save the export");
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Canopy export", "*" + CanopyExport.EXTENSION),
                        new FileChooser.ExtensionFilter("Canopy export as .json", "*.json"));
                chooser.setInitialFileName(model.suggestedName());
                initial(chooser::setInitialDirectory);
                chosen = chooser.showSaveDialog(owner);
            } else {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Folder for the CSV files (an empty one, or a new folder is made in it)");
                initial(chooser::setInitialDirectory);
                chosen = chooser.showDialog(owner);
            }
            if (chosen == null) {
                return Optional.empty();
            }
            // the CSV folder's contents are looked at by the export, in the background
            boolean json = model.formatProperty().get() == ExportViewModel.Format.JSON;
            lastFolder = json ? chosen.getParentFile() : chosen;
            return Optional.of(json ? CanopyExport.withExtension(chosen.toPath()) : chosen.toPath());
        };
    }

    private static void initial(java.util.function.Consumer<File> setter) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            setter.accept(lastFolder);
        }
    }
}
