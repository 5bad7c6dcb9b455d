package dev.canopy.ui.imports;

import dev.canopy.ui.common.EditorServices;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * File → Import computers… (Ctrl+I): asks for the export, then opens the import wizard on it. The file chooser is
 * the one seam a whole-app test replaces, as a native chooser cannot be driven headless.
 */
public final class ImportFlow {

    /** Asks the technician for the file to import; empty when they cancel. */
    @FunctionalInterface
    public interface FilePicker {
        Optional<Path> choose(Window owner);
    }

    private static volatile FilePicker picker = new NativePicker();

    private ImportFlow() {
    }

    /** For whole-app tests: the file "chosen" instead of a native dialog. */
    static void usePicker(FilePicker replacement) {
        picker = replacement == null ? new NativePicker() : replacement;
    }

    public static void open(Window owner, EditorServices services, Path dataFolder) {
        picker.choose(owner).ifPresent(file -> openOn(owner, services, dataFolder, file));
    }

    /** The wizard on a file already chosen (the screen tour opens it so). */
    public static ImportWizard openOn(Window owner, EditorServices services, Path dataFolder, Path file) {
        ImportViewModel model = new ImportViewModel(services.tenants(), services.store(), services.tasks(), services.commands(),
                services.notices(), dataFolder, ZoneId.systemDefault());
        model.open(file);
        ImportWizard wizard = new ImportWizard(owner, model);
        wizard.show();
        return wizard;
    }

    /** The platform's open dialog, for CSV and JSON exports, in the folder last used. */
    private static final class NativePicker implements FilePicker {
        private File lastFolder;

        @Override
        public Optional<Path> choose(Window owner) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import computers from an export");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Exports (CSV, JSON)", "*.csv", "*.json", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            if (lastFolder != null && lastFolder.isDirectory()) {
                chooser.setInitialDirectory(lastFolder);
            }
            File file = chooser.showOpenDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            lastFolder = file.getParentFile();
            return Optional.of(file.toPath());
        }
    }
}
