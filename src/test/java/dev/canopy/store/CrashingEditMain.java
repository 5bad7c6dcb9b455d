package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The process a crash test kills: opens the store in a data folder and runs one large edit through
 * {@link LocalStore#execute}, as the app does. {@link CrashProbe} (installed in the seeded database) says when the
 * edit's transaction is under way. Arguments:
 * <ul>
 *   <li>{@code reassign FOLDER FROM TO}: every computer of tenant FROM to tenant TO;</li>
 *   <li>{@code merge FOLDER SOURCE DESTINATION}: tenant SOURCE into DESTINATION;</li>
 *   <li>{@code import FOLDER PARENT CLIENT COUNT}: a new client CLIENT under PARENT with COUNT new computers.</li>
 * </ul>
 * Prints {@link #COMMITTED} if the edit was allowed to finish.
 */
public final class CrashingEditMain {

    static final String COMMITTED = "crashing-edit: committed";

    private CrashingEditMain() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[1]);
        try (LocalStore store = LocalStore.open(folder, "crash-test", java.time.Clock.systemUTC())) {
            store.execute(edit(store, args));
            System.out.println(COMMITTED);
        }
    }

    /** The edit the arguments name, read from the store as it is now (the test runs it again after the crash). */
    static Command edit(LocalStore store, String... args) {
        UUID first = UUID.fromString(args[2]);
        UUID second = UUID.fromString(args[3]);
        return switch (args[0]) {
            case "reassign" -> ReassignComputers.to(second, store.computers(List.of(first), false).stream().map(Computer::id).toList());
            case "merge" -> new MergeTenants(first, second, Map.of());
            case "import" -> newClient(first, second, Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("no such edit: " + args[0]);
        };
    }

    /** An import of one new client and its computers: the records as the import planner would give them. */
    static ImportRecords newClient(UUID parent, UUID client, int computers) {
        RecordMeta meta = RecordMeta.created(Instant.parse("2026-12-01T09:00:00Z"), "crash-test");
        Tenant tenant = new Tenant(client, "Contoso", "contoso", TenantKind.CLIENT, parent, "", "", List.of(), true, List.of(), meta);
        List<Computer> list = new ArrayList<>(computers);
        for (int i = 0; i < computers; i++) {
            list.add(new Computer(UUID.nameUUIDFromBytes(("contoso-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    String.format("CON-PC-%05d", i), client, "CSN" + i, "con-device-" + i, "Windows 11 Pro", "24H2",
                    Instant.parse("2026-11-30T12:00:00Z"), null, List.of(), List.<Software>of(), meta));
        }
        return new ImportRecords("import of Contoso", List.of(tenant), List.of(), list);
    }
}
