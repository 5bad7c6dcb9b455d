package dev.canopy.bench;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.canopy.reports.ComplianceCsv;
import dev.canopy.reports.ComplianceFilter;
import dev.canopy.reports.ComplianceQuery;
import dev.canopy.reports.ComplianceReport;
import dev.canopy.reports.ComplianceRow;
import dev.canopy.reports.Grouping;
import dev.canopy.store.LocalStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report of every computer: the first after opening the store (the computers and their inventory
 * read from the tables, code not yet compiled) as information, then the report as a technician reruns it (the
 * tree and the fleet's inventory kept by the store, as in the running app), and its CSV export against the floor of writing
 * the same cells with a plain Jackson CSV generator (same columns and line ends, default quoting, no BOM, no formula check) to a
 * stream that only counts bytes.
 */
final class ComplianceBench {

    record Result(Measurement firstMs, Measurement reportMs, Measurement csvMs, Measurement floorMs, int rows, long csvBytes, double heapMb) {
    }

    private static final List<String> COLUMNS = List.of("Tenant", "Computer", "Computer ID", "Software", "Desired state",
            "Wanted version", "Enforcement", "Installed version", "Compliant", "Reason");

    private ComplianceBench() {
    }

    static Result run(Path folder, int repetitions) throws IOException {
        try (LocalStore store = LocalStore.open(folder)) {
            long first = System.nanoTime();  // the first report after opening reads the fleet's inventory from the tables
            ComplianceReport report = ComplianceQuery.run(store, ComplianceFilter.everything(), Grouping.TENANT);
            double firstMs = (System.nanoTime() - first) / 1e6;
            List<Double> reportMs = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                report = null;
                long start = System.nanoTime();
                report = ComplianceQuery.run(store, ComplianceFilter.everything(), Grouping.TENANT);
                reportMs.add((System.nanoTime() - start) / 1e6);
            }
            double heapMb = heapAfterGcMb();  // the report held, the store open
            List<ComplianceRow> rows = report.rows();
            CountingStream sink = new CountingStream();
            ComplianceCsv.write(report, sink);
            floor(rows, new CountingStream());
            List<Double> csv = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < repetitions + 2; i++) {  // alternate, so load on the machine hits both alike
                sink = new CountingStream();
                long start = System.nanoTime();
                ComplianceCsv.write(report, sink);
                csv.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                floor(rows, new CountingStream());
                floor.add((System.nanoTime() - start) / 1e6);
            }
            return new Result(new Measurement(List.of(firstMs)), new Measurement(reportMs), new Measurement(csv), new Measurement(floor), rows.size(), sink.bytes, heapMb);
        }
    }

    /** The same cells, written with Jackson CSV alone. */
    private static void floor(List<ComplianceRow> rows, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        CsvFactory factory = new CsvFactory();
        try (CsvGenerator g = factory.createGenerator(out)) {
            g.setSchema(schema.build());
            for (ComplianceRow r : rows) {
                g.writeStartArray();
                g.writeString(r.tenantPath());
                g.writeString(r.computerName());
                g.writeString(r.computerId().toString());
                g.writeString(r.software());
                g.writeString(r.desiredState().label());
                g.writeString(r.wantedVersion());
                g.writeString(r.enforcement().label());
                g.writeString(r.installedVersion() == null ? "" : r.installedVersion());
                g.writeString(r.compliant() ? "yes" : "no");
                g.writeString(r.reason());
                g.writeEndArray();
            }
        }
    }

    private static double heapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    /** Discards what is written; counts it (the export bench's streams too). */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Runs on a data folder outside the bench harness: ComplianceBench DIR [REPETITIONS]. */
    public static void main(String[] args) throws IOException {
        Result r = run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3);
        System.out.printf(java.util.Locale.ROOT, "report %.0f ms (min %.0f max %.0f), %d rows, heap %.0f MB; csv %.0f ms vs floor %.0f ms = %.2fx, %.1f MB%n",
                r.reportMs().median(), r.reportMs().min(), r.reportMs().max(), r.rows(), r.heapMb(), r.csvMs().median(),
                r.floorMs().median(), r.csvMs().median() / r.floorMs().median(), r.csvBytes() / 1e6);
    }
}
