package dev.canopy.cli;

import dev.canopy.reports.WholeFile;
import dev.canopy.reports.documentation.DocumentFormat;
import dev.canopy.reports.documentation.DocumentationQuery;
import dev.canopy.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code canopy report documentation}: a tenant (optionally with its subtree) as a dated document, HTML or PDF, with
 * its effective preferences, schedules, deployments, people and computers. Reads only.
 */
@Command(name = "documentation", mixinStandardHelpOptions = true,
        description = "A tenant's documentation (preferences, schedules, deployments, people, computers) as HTML or PDF.")
final class DocumentationCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand report;

    @Option(names = "--tenant", paramLabel = "NAME", required = true, description = "The tenant to document. When names repeat,"
            + " give the end of the path: \"Alder Dental/Berlin\".")
    String tenant;

    @Option(names = "--subtree", description = "Its sub-tenants too, a chapter each.")
    boolean subtree;

    @Option(names = "--format", paramLabel = "F", defaultValue = "pdf", description = "pdf or html (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Override
    public Integer call() {
        DocumentFormat chosen = OptionChoice.of("--format", format, Arrays.stream(DocumentFormat.values())
                .collect(Collectors.toMap(DocumentFormat::extension, f -> f)));
        Path folder = report.folderWithData();
        DocumentationQuery.Summary summary;
        try (LocalStore store = CliStore.open(folder)) {
            var top = TenantArgument.find(store.loadHierarchy(), tenant);
            DocumentationQuery.Summary[] done = new DocumentationQuery.Summary[1];
            WholeFile.write(output.toAbsolutePath(), out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                done[0] = DocumentationQuery.write(store, top.id(), subtree, chosen.writer(buffered), Instant.now(), ZoneId.systemDefault(),
                        (n, total, name) -> { }, () -> false);
                buffered.flush();
            });
            summary = done[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        System.out.printf(Locale.ROOT, "Tenant documentation in %s: %,d %s, %,d computers%n", output, summary.tenants(),
                summary.tenants() == 1 ? "tenant" : "tenants", summary.computers());
        return 0;
    }
}
