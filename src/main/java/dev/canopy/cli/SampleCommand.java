package dev.canopy.cli;

import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code canopy sample}: fills an empty data folder with a realistic, deterministic MSP. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Fill an empty data folder with sample data.")
final class SampleCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--tenants", defaultValue = "200", description = "Tenants including the MSP (default ${DEFAULT-VALUE}).")
    int tenants;

    @Option(names = "--computers", defaultValue = "2000", description = "Computers (default ${DEFAULT-VALUE}).")
    int computers;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--msp-name", defaultValue = "Northwind IT Services", description = "Name of the MSP tenant.")
    String mspName;

    @Override
    public Integer call() {
        if (tenants < 1) {
            throw new IllegalArgumentException("--tenants must be at least 1 (the MSP itself), got " + tenants);
        }
        if (computers < 0) {
            throw new IllegalArgumentException("--computers must not be negative, got " + computers);
        }
        long start = System.nanoTime();
        LocalStore store = CliStore.open(main.resolveDataDir());
        SampleGenerator.Summary summary;
        try (SampleWriter writer = store.sampleWriter()) {
            summary = new SampleGenerator(seed, Instant.now(), "sample").generate(mspName, tenants, computers, writer);
            writer.commit();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        store.closeAndCompact();
        System.out.printf("Sample data in %s: %,d tenants, %,d people, %,d computers, %,d maintenance sessions (%.1f s)%n", store.folder(),
                summary.tenants(), summary.people(), summary.computers(), summary.sessions(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
