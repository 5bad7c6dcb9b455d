package dev.canopy.sync;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.computer.Software;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.util.List;

/**
 * The domain records that travel inside arguments ({@code schedule.save}'s record, {@code tenant.unmerge}'s
 * before-state), read back from the JSON object the store's mapper made of them: one key per record component,
 * nulls written out. Read by hand rather than by Jackson so that a bad field is refused with its path in words.
 *
 * <p>Null is accepted exactly where the record itself takes null (a person without a role, a tenant's parent, text
 * the constructor or the rules normalise); ids and the fields a constructor requires must be there. Values are not
 * checked against the rules here: the command does that when it is applied, with the domain's own messages.
 */
final class WireRecords {

    private WireRecords() {
    }

    static RecordMeta meta(WireArgs m) {
        return new RecordMeta(m.whole("version"), m.instant("updatedAt"), m.string("updatedBy"), m.bool("deleted"));
    }

    /** How a record's meta is read: required (a record's state), or as {@code import.apply} writes it (left out for a live record). */
    enum MetaRule {
        REQUIRED, LIVE_WHEN_ABSENT;

        RecordMeta of(WireArgs record) {
            return this == LIVE_WHEN_ABSENT && !record.has("meta") ? ImportRecords.LIVE : meta(record.object("meta"));
        }
    }

    static Person person(WireArgs p) {
        return person(p, MetaRule.REQUIRED);
    }

    static Person person(WireArgs p, MetaRule metaRule) {
        // a save queued by a Canopy from before people had mappings carries none: read as none
        List<ExternalRef> refs = p.has("externalRefs") ? p.objects("externalRefs").stream().map(WireRecords::externalRef).toList() : List.of();
        return new Person(p.uuid("id"), p.uuid("tenantId"), p.stringOrNull("displayName"), p.stringOrNull("email"),
                p.enumOrNull("role", Role.class), p.bool("active"), refs, metaRule.of(p));
    }

    static MaintenanceSchedule schedule(WireArgs s) {
        WireArgs target = s.objectOrNull("target");
        return new MaintenanceSchedule(s.uuid("id"), s.uuid("tenantId"), s.stringOrNull("name"), s.stringOrNull("cron"),
                s.integer("windowMinutes"), s.stringOrNull("timeZone"), s.bool("useComputerTimeZone"),
                target == null ? null : target(target), s.bool("propagateToChildTenants"),
                s.enumOrNull("rebootPreference", RebootPreference.class), s.integer("promptTimeoutMinutes"),
                s.bool("autoConsentToReboots"), s.bool("suppressRebootsDuringBusinessHours"), s.bool("enabled"),
                meta(s.object("meta")));
    }

    private static ScheduleTarget target(WireArgs t) {
        return new ScheduleTarget(t.enumValue("kind", TargetKind.class), t.stringOrNull("tag"), t.uuids("computerIds"));
    }

    static Deployment deployment(WireArgs d) {
        return new Deployment(d.uuid("id"), d.uuid("ownerTenantId"), d.stringOrNull("software"),
                d.enumValue("desiredState", DesiredState.class), d.stringOrNull("version"),
                d.enumValue("enforcement", Enforcement.class), d.enumValue("scope", DeploymentScope.class),
                d.bool("includeChildTenants"), d.uuids("computerIds"), d.stringOrNull("tag"),
                d.enumValue("order", DeploymentOrder.class), d.bool("enabled"), meta(d.object("meta")));
    }

    static Tenant tenant(WireArgs t) {
        return tenant(t, MetaRule.REQUIRED);
    }

    static Tenant tenant(WireArgs t, MetaRule metaRule) {
        // "root" (written from isRoot()) is derived from kind and ignored
        return new Tenant(t.uuid("id"), t.stringOrNull("name"), t.stringOrNull("slug"), t.enumValue("kind", TenantKind.class),
                t.uuidOrNull("parentId"), t.stringOrNull("description"), t.stringOrNull("timeZone"), t.strings("tags"),
                t.bool("active"), t.objects("externalRefs").stream().map(WireRecords::externalRef).toList(), metaRule.of(t));
    }

    static Computer computer(WireArgs c) {
        return computer(c, MetaRule.REQUIRED);
    }

    static Computer computer(WireArgs c, MetaRule metaRule) {
        return new Computer(c.uuid("id"), c.stringOrNull("name"), c.uuid("tenantId"), c.stringOrNull("serialNumber"),
                c.stringOrNull("deviceId"), c.stringOrNull("os"), c.stringOrNull("osVersion"), c.instantOrNull("lastSeen"),
                c.uuidOrNull("primaryPersonId"), c.strings("tags"),
                c.objects("software").stream().map(s -> new Software(s.stringOrNull("name"), s.stringOrNull("version"),
                        s.stringOrNull("publisher"))).toList(), metaRule.of(c));
    }

    private static ExternalRef externalRef(WireArgs r) {
        return new ExternalRef(r.stringOrNull("source"), r.stringOrNull("externalId"));
    }
}
