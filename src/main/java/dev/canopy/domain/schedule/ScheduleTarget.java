package dev.canopy.domain.schedule;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The computers a schedule covers: all of the tenant's, those with a tag, or a list. */
public record ScheduleTarget(TargetKind kind, String tag, List<UUID> computerIds) {

    public ScheduleTarget {
        Objects.requireNonNull(kind, "kind");
        tag = tag == null ? "" : tag;
        computerIds = computerIds == null ? List.of() : List.copyOf(computerIds);
    }

    public static ScheduleTarget allComputers() {
        return new ScheduleTarget(TargetKind.ALL_COMPUTERS, "", List.of());
    }

    public static ScheduleTarget tagged(String tag) {
        return new ScheduleTarget(TargetKind.TAG, tag, List.of());
    }

    public static ScheduleTarget computers(List<UUID> computerIds) {
        return new ScheduleTarget(TargetKind.COMPUTERS, "", computerIds);
    }

    /** E.g. "All computers", "Computers tagged \"servers\"", "3 computers". */
    public String describe() {
        return switch (kind) {
            case ALL_COMPUTERS -> "All computers";
            case TAG -> "Computers tagged \"" + tag + "\"";
            case COMPUTERS -> computerIds.size() == 1 ? "1 computer" : computerIds.size() + " computers";
        };
    }
}
