package dev.canopy.cli;

import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.reports.ComplianceCsv;
import dev.canopy.reports.ComplianceFilter;
import dev.canopy.reports.ComplianceJson;
import dev.canopy.reports.ComplianceQuery;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceTotals;
import dev.canopy.reports.Grouping;
import dev.canopy.reports.WholeFile;
import dev.canopy.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code canopy report compliance}: one row per computer and effective deployment, as CSV (for a spreadsheet)
 * or JSON (for scripts), to stdout or a file. Reads only; the data folder must already hold data.
 */
@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = "Compliance of computers with their deployments: one row per computer and deployment.")
final class ComplianceCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Option(names = "--tenant", paramLabel = "NAME", description = "Only this tenant's computers (default: every tenant)."
            + " When names repeat, give the end of the path: \"Alder Dental/Berlin\".")
    String tenant;

    @Option(names = "--subtree", description = "With --tenant: its sub-tenants' computers too.")
    boolean subtree;

    @Option(names = "--software", paramLabel = "NAME", split = ",", description = "Only these software names (ignoring case; repeat or separate with commas).")
    List<String> software = List.of();

    @Option(names = "--enforcement", paramLabel = "E", description = "Only deployments enforced so: required, onboarding or ad-hoc.")
    String enforcement;

    @Option(names = "--status", paramLabel = "S", defaultValue = "all", description = "all, compliant or non-compliant (default ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--group-by", paramLabel = "G", defaultValue = "tenant", description = "tenant or software (default ${DEFAULT-VALUE}).")
    String groupBy;

    @Option(names = "--format", paramLabel = "F", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        String chosenFormat = OptionChoice.of("--format", format, Map.of("csv", "csv", "json", "json"));
        Grouping grouping = OptionChoice.of("--group-by", groupBy, Map.of("tenant", Grouping.TENANT, "software", Grouping.SOFTWARE));
        ComplianceFilter.Status only = OptionChoice.of("--status", status, Map.of("all", ComplianceFilter.Status.ALL,
                "compliant", ComplianceFilter.Status.COMPLIANT, "non-compliant", ComplianceFilter.Status.NON_COMPLIANT));
        Enforcement enforced = enforcement == null ? null : OptionChoice.of("--enforcement", enforcement, Arrays.stream(Enforcement.values())
                .collect(Collectors.toMap(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'), e -> e)));
        if (subtree && tenant == null) {
            throw new IllegalArgumentException("--subtree needs --tenant NAME (without it the report covers every tenant)");
        }
        Path folder = report.folderWithData();
        ComplianceReport result;
        try (LocalStore store = CliStore.open(folder)) {
            ComplianceFilter filter = tenant == null ? ComplianceFilter.everything()
                    : ComplianceFilter.tenant(TenantArgument.find(store.loadHierarchy(), tenant).id(), subtree);
            result = ComplianceQuery.run(store, filter.withSoftware(software).withEnforcement(enforced).withStatus(only), grouping);
        }
        if (output == null) {
            BufferedOutputStream out = new BufferedOutputStream(System.out, 1 << 16);  // not closed: stdout stays open
            write(result, chosenFormat, out);
            flush(out);
        } else {
            writeFile(result, chosenFormat);
            ComplianceTotals t = result.totals();
            System.out.printf(Locale.ROOT, "Compliance report in %s: %,d rows, %,d compliant, %,d not (%.1f%%)%n", output,
                    t.rows(), t.compliant(), t.nonCompliant(), t.percentCompliant());
        }
        return 0;
    }

    /** Into a file beside the target first, then moved over it: a failed write never leaves half a report. */
    private void writeFile(ComplianceReport result, String chosenFormat) {
        try {
            WholeFile.write(output.toAbsolutePath(), out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                write(result, chosenFormat, buffered);
                buffered.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
    }

    private static void write(ComplianceReport result, String chosenFormat, OutputStream out) {
        if (chosenFormat.equals("json")) {
            ComplianceJson.write(result, out);
        } else {
            ComplianceCsv.write(result, out);
        }
    }
}
