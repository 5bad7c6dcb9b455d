package dev.canopy.cli;


import dev.canopy.domain.command.CreateTenant;
import dev.canopy.imports.ColumnMapping;
import dev.canopy.imports.ComputerImport;
import dev.canopy.imports.ImportFile;
import dev.canopy.imports.ImportPlan;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.ImportPresets;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.SavedMappings;
import dev.canopy.imports.SourceDates;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code canopy import FILE}: imports computers, with their clients and sites, from an RMM/PSA export. It always
 * works out the plan first — new clients, sites and computers, changes field by field, what the file no longer
 * lists, names likely doubled, rows it cannot import — and prints it; {@code --dry-run} stops there, otherwise the
 * plan is applied as one change (one undo step in the app's history, audited, synced like any edit). A Canopy export
 * ({@code canopy export}) is restored whole into an empty data folder instead ({@code --dry-run}: what it would restore).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import computers and their people from an RMM/PSA export (CSV or JSON): print the plan, then apply it unless --dry-run.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", description = "The export: CSV (comma, semicolon or tab) or JSON, UTF-8.")
    Path file;

    @Option(names = "--preset", paramLabel = "P", description = "The export's shape: datto-rmm, ninjaone or atera (default: recognised from its columns).")
    String preset;

    @Option(names = "--mapping", paramLabel = "M", description = "A column mapping: a source whose mapping the app saved, or a mapping file (docs/imports.md).")
    String mapping;

    @Option(names = "--msp", paramLabel = "NAME", description = "Into a data folder with no MSP yet: create the MSP tenant with this name first.")
    String msp;

    @Option(names = "--dry-run", description = "Print the plan (for a Canopy export: what it would restore) and change nothing.")
    boolean dryRun;

    @Option(names = "--skip-problem-rows", description = "Apply the rows that can be imported even when others cannot (listed).")
    boolean skipProblemRows;

    /** The shape the file is read with: its source (the integration mapping's), its columns, and how it was chosen. */
    private record Shape(String name, String source, ColumnMapping columns, String chosen) {
    }

    @Override
    public Integer call() {
        if (preset != null && mapping != null) {
            throw new IllegalArgumentException("give --preset or --mapping, not both");
        }
        if (CanopyExport.isExport(file)) {
            if (preset != null || mapping != null || msp != null) {
                throw new IllegalArgumentException(file + " is a Canopy export: it is restored whole into an empty data folder"
                        + " (no --preset, --mapping or --msp)");
            }
            Path folder = main.resolveDataDir();
            return dryRun ? ExportRestore.dryRun(folder, file, System.out) : ExportRestore.run(folder, file, System.out);
        }
        // a dry run creates nothing, not even a database
        Path folder = dryRun || msp == null ? main.existingDataDir() : main.resolveDataDir();
        try {
            ImportFile source = ImportFile.open(file);
            Shape shape = shape(source, folder);
            try (LocalStore store = CliStore.open(folder)) {
                if (store.loadHierarchy().root().isEmpty()) {
                    createMsp(store);
                } else if (msp != null) {
                    throw new IllegalArgumentException("the data folder has its MSP already (" + store.loadHierarchy().root().get().name()
                            + "); --msp only names the MSP of an empty data folder");
                }
                ImportPlan plan = ComputerImport.plan(store, source, shape.columns(), shape.source(), SourceDates.Order.AMBIGUOUS,
                        ZoneId.systemDefault(), rows -> { }, () -> false);
                UUID mspId = store.loadHierarchy().root().orElseThrow().id();
                print(System.out, shape.name() + shape.chosen(), plan, mspId);
                return dryRun ? 0 : apply(store, plan, shape);
            }
        } catch (ImportRefused refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void createMsp(LocalStore store) {
        if (msp == null || dryRun) {
            throw new IllegalArgumentException("the data folder has no MSP yet to import into; without --dry-run, --msp NAME creates it first");
        }
        store.execute(new CreateTenant(UUID.randomUUID(), null, msp));
    }

    private int apply(LocalStore store, ImportPlan plan, Shape shape) {
        if (!plan.problems().isEmpty() && !skipProblemRows) {
            System.out.println("Nothing was changed: fix the rows above, or give --skip-problem-rows to import the others.");
            return 2;
        }
        Optional<dev.canopy.domain.command.Command.Applied> applied = ComputerImport.apply(store, plan, shape.source(), file.getFileName().toString());
        System.out.println(applied.map(a -> "Applied as one change: " + a.label() + ".")
                .orElse("Nothing to change: the data folder already holds what the file says."));
        return 0;
    }

    private Shape shape(ImportFile source, Path folder) throws IOException, ImportRefused {
        if (mapping != null) {
            Path given = Path.of(mapping);
            SavedMappings.Saved saved = Files.isRegularFile(given) ? SavedMappings.read(given)
                    : new SavedMappings(folder).find(mapping).orElseThrow(() -> new IllegalArgumentException(
                    "--mapping must be a mapping file or a source with a saved mapping; there is no file or saved mapping \"" + mapping + "\""));
            return new Shape("Mapping for " + saved.source(), saved.source(), saved.mapping(), "");
        }
        ImportPreset chosen;
        if (preset != null) {
            chosen = ImportPresets.standard().stream().filter(p -> p.source().equalsIgnoreCase(preset.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--preset must be " + known() + "; got \"" + preset + "\""));
        } else {
            chosen = source.preset().orElseThrow(() -> new IllegalArgumentException("the file's shape is not one Canopy knows. Its columns: "
                    + String.join(", ", source.columns()) + ". Known presets: " + known() + "; or map its columns with --mapping (see docs/imports.md)"));
        }
        return new Shape("Preset: " + chosen.name(), chosen.source(), chosen.mapping(), preset == null ? " (recognised from the file's columns)" : "");
    }

    /** "name Ann → Anne; e-mail (none) → ann@example.com" */
    private static String fields(java.util.List<ImportPlan.FieldChange> fields) {
        return fields.stream().map(f -> f.field() + " " + (f.before().isEmpty() ? "(none)" : f.before()) + " → " + f.after())
                .collect(Collectors.joining("; "));
    }

    private static String known() {
        return ImportPresets.standard().stream().map(ImportPreset::source).collect(Collectors.joining(", "));
    }

    private void print(PrintStream out, String shape, ImportPlan plan, UUID mspId) {
        out.printf(Locale.ROOT, "%s; %,d rows read.%s%n", shape, plan.rows(), dryRun ? " Nothing was changed (dry run)." : "");
        boolean applying = !dryRun && (plan.problems().isEmpty() || skipProblemRows);
        out.printf(Locale.ROOT, applying ? "Creates %,d tenants and %,d computers, changes %,d computers, leaves %,d unchanged.%n"
                        : "Would create %,d tenants and %,d computers, change %,d computers, leave %,d unchanged.%n",
                plan.newTenants().size(), plan.newComputers().size(), plan.changes().size(), plan.unchanged());
        if (!plan.newPeople().isEmpty() || !plan.personChanges().isEmpty() || plan.peopleUnchanged() > 0) {
            out.printf(Locale.ROOT, applying ? "Creates %,d people, changes %,d people, leaves %,d unchanged.%n"
                    : "Would create %,d people, change %,d people, leave %,d unchanged.%n",
                    plan.newPeople().size(), plan.personChanges().size(), plan.peopleUnchanged());
        }
        long linked = plan.newComputers().stream().filter(c -> !c.primaryPerson().isEmpty()).count();
        if (linked > 0) {
            out.printf(Locale.ROOT, applying ? "Links %,d new computers to their rows' people as primary person.%n"
                    : "Would link %,d new computers to their rows' people as primary person.%n", linked);
        }
        for (ImportPlan.NewTenant t : plan.newTenants()) {
            boolean client = t.parentKey() == null && mspId.equals(t.existingParentId());
            out.printf("  new %s: %s%s%n", client ? "client" : "site", t.name(), t.externalId().isEmpty() ? "" : " (id " + t.externalId() + ")");
        }
        for (ImportPlan.ComputerChange c : plan.changes()) {
            out.printf("  line %d: %s: %s%n", c.line(), c.computer().name(), fields(c.fields()));
        }
        for (ImportPlan.NewPerson p : plan.newPeople()) {
            out.printf("  line %d: new person: %s <%s>%n", p.line(), p.name(), p.email());
        }
        for (ImportPlan.PersonChange c : plan.personChanges()) {
            out.printf("  line %d: person %s: %s%n", c.line(), c.person().displayName(), fields(c.fields()));
        }
        if (!plan.missingFromSource().isEmpty()) {
            out.printf(Locale.ROOT, "%,d computers of these tenants are not in the file (kept; remove them yourself if gone): %s%n",
                    plan.missingFromSource().size(), plan.missingFromSource().stream().limit(20).map(c -> c.name()).collect(Collectors.joining(", "))
                            + (plan.missingFromSource().size() > 20 ? ", …" : ""));
        }
        for (ImportPlan.LikelySame l : plan.likelySame()) {
            out.printf("  line %d: \"%s\" is likely the existing \"%s\" (held back)%n", l.line(), l.inFile(), l.here());
        }
        if (!plan.problems().isEmpty()) {
            out.printf(Locale.ROOT, "%,d %s cannot be imported:%n", plan.problems().size(), plan.problems().size() == 1 ? "row" : "rows");
            plan.problems().forEach(p -> out.printf("  line %d: %s%n", p.line(), p.reason()));
        }
    }
}
