package dev.canopy.ui.welcome;

import dev.canopy.ui.common.RunningTask;

import java.nio.file.Path;
import java.util.function.Consumer;

/** What the welcome view of an empty data folder can do: name the MSP or load sample data. */
public interface FirstRun {

    Path folder();

    /** Creates the MSP root tenant; a refusal (e.g. an empty name) comes back as its error. */
    void createMsp(String name, Consumer<Throwable> onRefused);

    /** Fills the empty store with a sample MSP in the background; {@code onDone} also runs after a cancel. */
    RunningTask loadSample(Runnable onDone, Consumer<Throwable> onFailure);
}
