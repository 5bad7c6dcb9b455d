package dev.canopy.domain.sample;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What tenants own besides computers, so every editor tab shows something real: maintenance
 * schedules (an MSP default that propagates, client overrides), preference overrides and an
 * enforced MSP policy, and deployments (cross-tenant, per client, and exceptions).
 */
final class SampleTenantRecords {

    private final Random random;
    private final RecordMeta meta;
    private final Supplier<UUID> ids;

    SampleTenantRecords(Random random, RecordMeta meta, Supplier<UUID> ids) {
        this.random = random;
        this.meta = meta;
        this.ids = ids;
    }

    /** Writes the records and answers each tenant's fleet profile (what its computers should carry and how well they keep up). */
    Map<UUID, SampleFleet.Profile> generate(List<Tenant> tenants, SampleFleet fleet, SampleSink sink) {
        Tenant msp = tenants.get(0);
        sink.schedule(schedule(msp, "Default maintenance", "0 2 * * *", 180, true, RebootPreference.IF_REQUIRED));
        sink.preference(preference(msp, "agent.autoUpdate", PreferenceMode.ENFORCED, "true"));
        sink.preference(preference(msp, "tenant.namingRule", PreferenceMode.OVERRIDE, "^[A-Z][A-Za-z0-9 &.,'-]+$"));
        sink.deployment(deployment(msp, "Google Chrome", DesiredState.LATEST, "", DeploymentScope.CROSS_TENANT, Enforcement.REQUIRED));
        sink.deployment(deployment(msp, "7-Zip", DesiredState.AT_LEAST, "24.08", DeploymentScope.CROSS_TENANT, Enforcement.REQUIRED));
        sink.deployment(deployment(msp, "SentinelOne Agent", DesiredState.LATEST, "", DeploymentScope.CROSS_TENANT, Enforcement.ONBOARDING));
        Map<UUID, SampleFleet.Profile> profiles = new HashMap<>();
        profiles.put(msp.id(), SampleFleet.MSP);
        for (Tenant tenant : tenants) {
            if (tenant.kind() == TenantKind.CLIENT) {
                profiles.put(tenant.id(), fleet.client(client(tenant, sink)));
            } else if (tenant.kind() == TenantKind.SUB) {
                // parents come before their children in the list
                SampleFleet.Profile inherited = profiles.getOrDefault(tenant.parentId(), SampleFleet.MSP);
                if (random.nextInt(8) == 0) {
                    sink.deployment(deployment(tenant, "Google Chrome", DesiredState.NOT_PRESENT, "", DeploymentScope.TENANT, Enforcement.REQUIRED));
                    inherited = inherited.banningChrome();
                }
                profiles.put(tenant.id(), inherited);
            }
        }
        return profiles;
    }

    /** A client's own records; answers the line-of-business title it deploys, or null. */
    private String client(Tenant client, SampleSink sink) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            sink.schedule(schedule(client, "Weekend maintenance", "0 22 * * 0,6", 240, true, RebootPreference.NORMAL));
        } else if (roll < 5) {
            sink.schedule(schedule(client, "Nightly patching", "30 1 * * 1-5", 90, false, RebootPreference.SUPPRESS));
        }
        if (random.nextInt(4) == 0) {
            sink.preference(preference(client, "maintenance.rebootPreference", PreferenceMode.OVERRIDE, random.nextBoolean() ? "SUPPRESS" : "FORCE"));
        }
        if (random.nextInt(5) == 0) {
            sink.preference(preference(client, "maintenance.promptTimeoutMinutes", PreferenceMode.OVERRIDE, Integer.toString(15 * (1 + random.nextInt(8)))));
        }
        if (random.nextInt(12) == 0) {
            sink.preference(preference(client, "deployment.excludeFromCrossTenant", PreferenceMode.OVERRIDE, "true"));
        }
        String name = client.name();
        String lineOfBusiness = null;
        if (name.contains("Dental")) {
            lineOfBusiness = "Dentrix";
            sink.deployment(deployment(client, lineOfBusiness, DesiredState.AT_LEAST, "24.1", DeploymentScope.TENANT, Enforcement.REQUIRED));
        } else if (name.contains("Accounting") || name.contains("Capital")) {
            lineOfBusiness = "QuickBooks Desktop";
            sink.deployment(deployment(client, lineOfBusiness, DesiredState.LATEST, "", DeploymentScope.TENANT, Enforcement.REQUIRED));
        } else if (name.contains("Architects") || name.contains("Engineering")) {
            lineOfBusiness = "AutoCAD LT";
            sink.deployment(deployment(client, lineOfBusiness, DesiredState.SPECIFIC_VERSION, "2025.0", DeploymentScope.TENANT, Enforcement.REQUIRED));
        }
        if (random.nextInt(6) == 0) {
            sink.deployment(deployment(client, "Zoom Workplace", DesiredState.IGNORE, "", DeploymentScope.TENANT, Enforcement.AD_HOC));
        }
        return lineOfBusiness;
    }

    private MaintenanceSchedule schedule(Tenant tenant, String name, String cron, int window, boolean propagate, RebootPreference reboot) {
        return new MaintenanceSchedule(ids.get(), tenant.id(), name, cron, window, "", false, ScheduleTarget.allComputers(), propagate,
                reboot, 60, false, true, true, meta);
    }

    private TenantPreference preference(Tenant tenant, String key, PreferenceMode mode, String value) {
        return new TenantPreference(tenant.id(), key, mode, value, meta);
    }

    private Deployment deployment(Tenant owner, String software, DesiredState state, String version, DeploymentScope scope,
                                  Enforcement enforcement) {
        return new Deployment(ids.get(), owner.id(), software, state, version, enforcement, scope, scope == DeploymentScope.TENANT,
                List.of(), "", DeploymentOrder.UNORDERED, true, meta);
    }
}
