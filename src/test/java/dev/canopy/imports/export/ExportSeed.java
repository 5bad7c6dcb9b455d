package dev.canopy.imports.export;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an export must carry over, on top of {@link ComplianceSeed} (tenants, deployments of every scope, a preference, a
 * computer named like a spreadsheet formula): a client with integration mappings, tags, a description with quotes and a
 * line break; synced records (versions above 0, another technician); people with and without a role; a schedule of
 * listed computers; an enforced preference; a computer whose primary person belongs to a tenant written after it and
 * one whose primary person was deleted; and a deleted tenant, person and computer, which an export leaves out.
 */
public final class ExportSeed {

    static final RecordMeta SYNCED = new RecordMeta(41, Instant.parse("2026-10-30T08:15:30.123456Z"), "grace@northwind.example", false);
    static final RecordMeta GONE = new RecordMeta(42, Instant.parse("2026-10-31T09:00:00Z"), "grace@northwind.example", true);

    public final ComplianceSeed base = new ComplianceSeed();
    public final UUID fabrikam = UUID.randomUUID();
    public final UUID gone = UUID.randomUUID();
    public final UUID ada = UUID.randomUUID();
    public final UUID carol = UUID.randomUUID();
    public final UUID deletedPerson = UUID.randomUUID();
    public final UUID fab01 = UUID.randomUUID();
    public final UUID fab02 = UUID.randomUUID();

    public void write(LocalStore store) {
        base.write(store, writer -> {
            writer.tenant(new Tenant(fabrikam, "Fabrikam \"Labs\"", "fabrikam-labs", TenantKind.CLIENT, base.msp,
                    "Research site.\nSecond line: ≥ 2 floors", "America/New_York", List.of("research", "vip"), false,
                    List.of(new ExternalRef("psa", "1044"), new ExternalRef("rmm", "site-9")), SYNCED));
            writer.tenant(new Tenant(gone, "Gone Ltd", "gone-ltd", TenantKind.CLIENT, base.msp, "", "", List.of(), true, List.of(), GONE));
            writer.person(new Person(ada, fabrikam, "Ada Lovelace", "ada@fabrikam.example", Role.TENANT_ADMIN, true,
                    List.of(new ExternalRef("entra", "0f3c9a4e-entra-ada")), SYNCED));
            writer.person(new Person(UUID.randomUUID(), fabrikam, "Bob", "bob@fabrikam.example", null, false, List.of(), SYNCED));
            // Globex comes after Fabrikam by name: its person is written after the Fabrikam computer it is the primary person of
            writer.person(new Person(carol, base.globex, "Carol", "carol@globex.example", Role.TECHNICIAN, true, List.of(), SYNCED));
            writer.person(new Person(deletedPerson, fabrikam, "Dan (left)", "dan@fabrikam.example", null, true, List.of(), GONE));
            writer.computer(new Computer(fab01, "FAB-01", fabrikam, "SN-1", "dev-fab-01", "Windows 11 Pro", "24H2",
                    Instant.parse("2026-10-29T07:00:00.5Z"), carol, List.of("lab", "gpu"),
                    List.of(new Software("Python", "3.12.1", "Python Software Foundation"), new Software("7-Zip", "24.08", "Igor Pavlov")), SYNCED));
            writer.computer(new Computer(fab02, "FAB-02", fabrikam, "SN-2", "dev-fab-02", "Ubuntu", "24.04", null, deletedPerson, List.of(),
                    List.of(), SYNCED));
            writer.computer(new Computer(UUID.randomUUID(), "FAB-OLD", fabrikam, "SN-3", "dev-fab-old", "Windows 10", "22H2", null, null,
                    List.of(), List.of(), GONE));
            writer.schedule(new MaintenanceSchedule(UUID.randomUUID(), fabrikam, "Lab nights", "30 2 * * 1,3", 90, "Europe/London", false,
                    ScheduleTarget.computers(List.of(fab01, fab02)), true, RebootPreference.IF_REQUIRED, 15, true, false, true, SYNCED));
            writer.preference(TenantPreference.of(PreferenceCatalogue.AGENT_AUTO_UPDATE, base.msp, PreferenceMode.ENFORCED, "true", SYNCED));
            writer.preference(TenantPreference.of(PreferenceCatalogue.REBOOT_PREFERENCE, fabrikam, PreferenceMode.OVERRIDE, "SUPPRESS", SYNCED));
        });
    }
}
