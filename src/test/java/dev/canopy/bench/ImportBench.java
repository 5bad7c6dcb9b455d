package dev.canopy.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.canopy.domain.RecordIds;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.imports.ColumnMapping;
import dev.canopy.imports.ComputerImport;
import dev.canopy.imports.ImportField;
import dev.canopy.imports.ImportFile;
import dev.canopy.imports.ImportPlan;
import dev.canopy.imports.SourceDates;
import dev.canopy.store.LocalStore;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Importing an RMM export of computers (clients and sites among them) into a data folder that has only its MSP:
 * reading the CSV, planning (the dry run) and applying it as one command, against the floor of parsing the same file
 * with Jackson CSV and batch-inserting its tenants and computers with plain JDBC in one transaction. Each side gets a
 * fresh folder per repetition, alternating, so load on the machine hits both alike.
 */
final class ImportBench {

    /** cpuImportMs/cpuFloorMs: the process's CPU time (all threads, GC included) of each side: steadier than wall time under load. */
    record Result(Measurement importMs, Measurement floorMs, double heapMb, int rows, Measurement cpuImportMs, Measurement cpuFloorMs) {
    }

    private static final ColumnMapping MAPPING = new ColumnMapping(Map.of(ImportField.CLIENT, "Client", ImportField.CLIENT_ID, "Client id",
            ImportField.SITE, "Site", ImportField.SITE_ID, "Site id", ImportField.COMPUTER_NAME, "Device", ImportField.DEVICE_ID, "Device id",
            ImportField.SERIAL_NUMBER, "Serial", ImportField.OS, "OS", ImportField.LAST_SEEN, "Last seen"));

    private ImportBench() {
    }

    static Result run(Path work, int tenants, int computers, int repetitions) throws Exception {
        Path csv = work.resolve("rmm-export.csv");
        write(csv, tenants, computers);
        List<Double> imports = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> cpuImports = new ArrayList<>();
        List<Double> cpuFloors = new ArrayList<>();
        double heap = 0;
        for (int i = 0; i <= repetitions; i++) {  // the first of each warms the code and is not counted
            Path folder = work.resolve("import-" + i);
            emptyFolder(folder);
            double[] heapMb = {0};
            long start;
            double ms;
            double cpuMs;
            try (LocalStore store = LocalStore.open(folder)) {
                long cpuStart = processCpuNanos();
                start = System.nanoTime();  // the app has its store open already
                ImportFile file = ImportFile.open(csv);
                ImportPlan plan = ComputerImport.plan(store, file, MAPPING, "bench-rmm", SourceDates.Order.AMBIGUOUS, ZoneOffset.UTC, n -> { }, () -> false);
                if (!plan.problems().isEmpty() || plan.newComputers().size() != computers) {
                    throw new IllegalStateException("the bench's export did not plan cleanly: " + plan.problems().stream().limit(3).toList());
                }
                if (i == repetitions) {
                    heapMb[0] = heapAfterGcMb();  // the plan held, as the app holds it while the technician reads it
                }
                ComputerImport.apply(store, plan, "bench-rmm", csv.getFileName().toString()).orElseThrow();
                ms = (System.nanoTime() - start) / 1e6;
                cpuMs = (processCpuNanos() - cpuStart) / 1e6;
            }
            Path floorFolder = work.resolve("floor-" + i);
            UUID msp = emptyFolder(floorFolder);
            long floorCpuStart = processCpuNanos();
            long floorStart = System.nanoTime();
            floor(csv, floorFolder, msp);
            double floorMs = (System.nanoTime() - floorStart) / 1e6;
            double floorCpuMs = (processCpuNanos() - floorCpuStart) / 1e6;
            if (i > 0) {
                imports.add(ms);
                floors.add(floorMs);
                cpuImports.add(cpuMs);
                cpuFloors.add(floorCpuMs);
            }
            heap = Math.max(heap, heapMb[0]);
        }
        return new Result(new Measurement(imports), new Measurement(floors), heap, computers, new Measurement(cpuImports),
                new Measurement(cpuFloors));
    }

    /** Makes a data folder with only its MSP, the schema made (not timed); returns the MSP's id. */
    private static UUID emptyFolder(Path folder) {
        UUID msp = UUID.randomUUID();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(msp, null, "Bench MSP"));
        }
        return msp;
    }

    /** An export as an RMM writes one: a client per 2.5 tenants, the rest its sites, computers spread over all. */
    private static void write(Path csv, int tenants, int computers) throws Exception {
        int clients = Math.max(1, tenants * 2 / 5);
        int sitesPerClient = Math.max(1, (tenants - clients) / clients);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Client,Client id,Site,Site id,Device,Device id,Serial,OS,Last seen\r\n");
            for (int i = 0; i < computers; i++) {
                int client = i % clients;
                int site = (i / clients) % (sitesPerClient + 1);  // 0: on the client itself
                out.write(String.format(Locale.ROOT, "\"Client %05d, Ltd\",c-%d,%s,%s,PC-%06d,dev-%08d,SN%08d,Windows 11 Pro,2026-11-%02dT08:%02d:00Z\r\n",
                        client, client, site == 0 ? "" : "Site " + site, site == 0 ? "" : "s-" + client + "-" + site, i, i, i, 1 + i % 28, i % 60));
            }
        }
    }

    /** Jackson CSV and plain JDBC: the same tenants (with their source id) and computers, one transaction. */
    private static void floor(Path csv, Path folder, UUID msp) throws Exception {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy") + ";DB_CLOSE_DELAY=0", "sa", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement tenant = connection.prepareStatement("insert into tenant (id, name, slug, kind, parent_id, description, time_zone,"
                    + " tags, active, version, updated_at, updated_by, deleted) values (?, ?, ?, ?, ?, '', '', '', true, 0, ?, 'floor', false)");
                 PreparedStatement ref = connection.prepareStatement("insert into tenant_external_ref (tenant_id, source, external_id) values (?, 'bench-rmm', ?)");
                 PreparedStatement computer = connection.prepareStatement("insert into computer (id, name, tenant_id, serial_number, device_id, os,"
                         + " os_version, last_seen, primary_person_id, tags, version, updated_at, updated_by, deleted)"
                         + " values (?, ?, ?, ?, ?, ?, '', ?, null, '', 0, ?, 'floor', false)");
                 MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                         .with(CsvSchema.emptySchema().withSkipFirstDataRow(true)).readValues(csv.toFile())) {
                Map<String, UUID> tenants = new HashMap<>();
                int n = 0;
                while (rows.hasNext()) {
                    String[] r = rows.next();
                    UUID place = tenants.computeIfAbsent(r[1], id -> insertTenant(tenant, ref, r[0], id, msp, "CLIENT", at));
                    if (!r[2].isEmpty()) {
                        UUID client = place;
                        place = tenants.computeIfAbsent(r[3], id -> insertTenant(tenant, ref, r[2], id, client, "SUB", at));
                    }
                    computer.setObject(1, RecordIds.next());
                    computer.setString(2, r[4]);
                    computer.setObject(3, place);
                    computer.setString(4, r[6]);
                    computer.setString(5, r[5]);
                    computer.setString(6, r[7]);
                    computer.setObject(7, Instant.parse(r[8]).atOffset(ZoneOffset.UTC));
                    computer.setTimestamp(8, at);
                    computer.addBatch();
                    if (++n % 1_000 == 0) {
                        tenant.executeBatch();
                        ref.executeBatch();
                        computer.executeBatch();
                    }
                }
                tenant.executeBatch();
                ref.executeBatch();
                computer.executeBatch();
            }
            connection.commit();
        }
    }

    private static UUID insertTenant(PreparedStatement tenant, PreparedStatement ref, String name, String externalId, UUID parent, String kind,
                                     Timestamp at) {
        UUID id = RecordIds.next();
        try {
            tenant.setObject(1, id);
            tenant.setString(2, name);
            tenant.setString(3, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + externalId);
            tenant.setString(4, kind);
            tenant.setObject(5, parent);
            tenant.setTimestamp(6, at);
            tenant.addBatch();
            ref.setObject(1, id);
            ref.setString(2, externalId);
            ref.addBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double heapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    /**
     * Runs in a JVM of its own, set up as the installed app's (see {@link #inAppJvm}): ImportBench WORK_DIR TENANTS
     * COMPUTERS [REPETITIONS]; prints each side's times as key=value lines for the harness, and a summary.
     */
    public static void main(String[] args) throws Exception {
        Result r = run(Files.createDirectories(Path.of(args[0])), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? Integer.parseInt(args[3]) : 2);
        System.out.println("import-ms=" + joined(r.importMs()) + "\nfloor-ms=" + joined(r.floorMs()) + "\nimport-cpu-ms=" + joined(r.cpuImportMs())
                + "\nfloor-cpu-ms=" + joined(r.cpuFloorMs()) + "\nheap-mb=" + r.heapMb() + "\nrows=" + r.rows());
        System.out.printf(Locale.ROOT, "import %.0f ms (min %.0f max %.0f) vs floor %.0f ms = %.2fx; heap with the plan held %.0f MB; %d rows%n",
                r.importMs().median(), r.importMs().min(), r.importMs().max(), r.floorMs().median(),
                r.importMs().median() / r.floorMs().median(), r.heapMb(), r.rows());
        System.out.printf(Locale.ROOT, "cpu: import %.0f ms vs floor %.0f ms = %.2fx%n", r.cpuImportMs().median(), r.cpuFloorMs().median(),
                r.cpuImportMs().median() / r.cpuFloorMs().median());
        System.exit(0);
    }

    /**
     * Both sides in a fresh JVM with the launcher's options (its heap limit): the import as the
     * technician's app runs it, and the floor in the same JVM.
     */
    static Result inAppJvm(Path work, int tenants, int computers, int repetitions) throws Exception {
        String output = Processes.run(LauncherOptions.withoutArchive(), java.time.Duration.ofMinutes(20), ImportBench.class.getName(),
                work.toString(), Integer.toString(tenants), Integer.toString(computers), Integer.toString(repetitions));
        return new Result(new Measurement(Processes.numbers(output, "import-ms")), new Measurement(Processes.numbers(output, "floor-ms")),
                Processes.number(output, "heap-mb"), (int) Processes.number(output, "rows"),
                new Measurement(Processes.numbers(output, "import-cpu-ms")), new Measurement(Processes.numbers(output, "floor-cpu-ms")));
    }

    private static String joined(Measurement m) {
        return m.samples().stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).collect(java.util.stream.Collectors.joining(","));
    }
}
