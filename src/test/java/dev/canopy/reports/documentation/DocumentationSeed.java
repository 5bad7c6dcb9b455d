package dev.canopy.reports.documentation;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.store.LocalStore;

import java.time.Instant;
import java.util.UUID;

/**
 * {@link ComplianceSeed}'s small MSP plus what only the documentation shows: Acme enforces the agent's auto-update
 * (off) and passes its nightly schedule (02:00 Berlin time) to its sub-tenants; Acme has an active tenant admin
 * and an inactive user; Acme Berlin sets its own prompt timeout.
 */
final class DocumentationSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    final ComplianceSeed tree = new ComplianceSeed();

    void write(LocalStore store) {
        tree.write(store, writer -> {
            writer.preference(TenantPreference.of(PreferenceCatalogue.AGENT_AUTO_UPDATE, tree.acme, PreferenceMode.ENFORCED, "false", META));
            writer.preference(TenantPreference.of(PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES, tree.berlin, PreferenceMode.OVERRIDE, "30", META));
            writer.schedule(new MaintenanceSchedule(UUID.randomUUID(), tree.acme, "Nightly patching", "0 2 * * *", 90, "Europe/Berlin", false,
                    ScheduleTarget.allComputers(), true, RebootPreference.FORCE, 15, false, true, true, META));
            writer.person(new Person(UUID.randomUUID(), tree.acme, "Ada Admin", "ada@acme.example", Role.TENANT_ADMIN, true, java.util.List.of(), META));
            writer.person(new Person(UUID.randomUUID(), tree.acme, "Ian Inactive", "ian@acme.example", Role.TENANT_USER, false, java.util.List.of(), META));
        });
    }
}
