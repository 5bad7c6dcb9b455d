package dev.canopy.domain.command;

import dev.canopy.domain.RecordMeta;

import java.util.UUID;

/**
 * What the generic save/delete commands need to know about a kind of tenant-owned record
 * (schedules, deployments, people): its identity, owner, sync fields and rules.
 */
public interface RecordKind<R> {

    /** The entity name in mutations and audit entries, e.g. "schedule". */
    String name();

    /** What the technician calls one, for undo labels: "schedule Nightly patching". */
    String describe(R record);

    UUID id(R record);

    UUID tenantId(R record);

    RecordMeta meta(R record);

    R withMeta(R record, RecordMeta meta);

    /** Checks the rules (against the other records in the workspace) and returns the normalised record. */
    R check(Workspace workspace, R record);
}
