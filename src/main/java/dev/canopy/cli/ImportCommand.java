package dev.canopy.cli;

import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.imports.ComputerImportPlanner;
import dev.canopy.imports.ImportFile;
import dev.canopy.imports.ImportPlan;
import dev.canopy.imports.ImportPreset;
import dev.canopy.imports.ImportPresets;
import dev.canopy.imports.ImportRefused;
import dev.canopy.imports.SourceDates;
import dev.canopy.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code canopy import FILE --dry-run}: what importing an RMM/PSA export of computers would do to the data folder —
 * new clients, sites and computers, changes field by field, what the file no longer lists, names likely doubled,
 * rows it cannot import — changing nothing. Applying a plan is not built yet.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Plan an import of computers from an RMM/PSA export (CSV or JSON) and print what it would do.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", description = "The export: CSV (comma, semicolon or tab) or JSON, UTF-8.")
    Path file;

    @Option(names = "--preset", paramLabel = "P", description = "The export's shape: datto-rmm, ninjaone or atera (default: recognised from its columns).")
    String preset;

    @Option(names = "--dry-run", description = "Print the plan and change nothing (required for now: applying is not built yet).")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!dryRun) {
            throw new IllegalArgumentException("applying an import is not built yet; run with --dry-run to see what it would do");
        }
        Path folder = main.existingDataDir();  // a dry run creates nothing, not even a database
        try (LocalStore store = LocalStore.open(folder)) {
            ImportFile source = ImportFile.open(file);
            ImportPreset shape = chosen(source);
            shape.mapping().check(source.columns());
            TenantHierarchy hierarchy = store.loadHierarchy();
            if (hierarchy.root().isEmpty()) {
                throw new IllegalArgumentException("the data folder " + folder + " has no MSP yet to import into");
            }
            List<UUID> ids = hierarchy.depthFirst().stream().map(TenantNode::id).toList();
            List<Tenant> tenants = ids.stream().map(store::tenant).flatMap(Optional::stream).toList();
            ComputerImportPlanner planner = new ComputerImportPlanner(hierarchy, tenants, store.computers(ids, false), shape.source(),
                    shape.mapping(), SourceDates.Order.AMBIGUOUS, ZoneId.systemDefault());
            int rows = source.read(row -> planner.add(row));
            print(System.out, shape, rows, planner.plan(), preset == null, hierarchy.root().get().id());
            return 0;
        } catch (ImportRefused refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private ImportPreset chosen(ImportFile source) {
        if (preset != null) {
            return ImportPresets.standard().stream().filter(p -> p.source().equalsIgnoreCase(preset.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--preset must be " + known() + "; got \"" + preset + "\""));
        }
        return source.preset().orElseThrow(() -> new IllegalArgumentException("the file's shape is not one Canopy knows. Its columns: "
                + String.join(", ", source.columns()) + ". Known presets: " + known() + " (see docs/imports.md)"));
    }

    private static String known() {
        return ImportPresets.standard().stream().map(ImportPreset::source).collect(Collectors.joining(", "));
    }

    static void print(PrintStream out, ImportPreset shape, int rows, ImportPlan plan, boolean recognised, UUID mspId) {
        out.printf(Locale.ROOT, "Preset: %s%s; %,d rows read. Nothing was changed (dry run).%n", shape.name(),
                recognised ? " (recognised from the file's columns)" : "", rows);
        out.printf(Locale.ROOT, "Would create %,d tenants and %,d computers, change %,d computers, leave %,d unchanged.%n",
                plan.newTenants().size(), plan.newComputers().size(), plan.changes().size(), plan.unchanged());
        for (ImportPlan.NewTenant t : plan.newTenants()) {
            boolean client = t.parentKey() == null && mspId.equals(t.existingParentId());
            out.printf("  new %s: %s%s%n", client ? "client" : "site", t.name(), t.externalId().isEmpty() ? "" : " (id " + t.externalId() + ")");
        }
        for (ImportPlan.ComputerChange c : plan.changes()) {
            out.printf("  line %d: %s: %s%n", c.line(), c.computer().name(), c.fields().stream()
                    .map(f -> f.field() + " " + (f.before().isEmpty() ? "(none)" : f.before()) + " → " + f.after()).collect(Collectors.joining("; ")));
        }
        if (!plan.missingFromSource().isEmpty()) {
            out.printf(Locale.ROOT, "%,d computers of these tenants are not in the file (kept; deactivate them yourself if gone): %s%n",
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
