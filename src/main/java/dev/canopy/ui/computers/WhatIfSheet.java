package dev.canopy.ui.computers;

import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.reassign.ReassignPreview;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.Plural;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The texts of the what-if sheet: everything a reassignment would change, in the words the
 * technician reads before confirming.
 *
 * @param nothingElse "Nothing else changes: …" when the move changes no rule, else empty
 */
public record WhatIfSheet(String header, String nothingElse, List<Section> sections) {

    /** The most lines a section lists before "… and N more". */
    static final int SHOWN_LINES = 50;

    /**
     * One part of the sheet.
     *
     * @param lines as shown: "• " items (at most {@link #SHOWN_LINES}, then "… and N more"), or the one line saying there are none
     */
    public record Section(String title, String id, List<String> lines) {
    }

    static WhatIfSheet of(ReassignPreview preview, TenantHierarchy hierarchy) {
        Function<UUID, String> name = id -> hierarchy.node(id).map(TenantNode::name).orElse("?");
        String target = name.apply(preview.targetTenantId());
        List<Section> sections = List.of(
                listing("Deployments gained", "whatIfGained", preview.gained().stream()
                        .map(c -> deployment(c.deployment(), name) + " — " + Plural.count(c.computers(), "computer")).toList(), "None"),
                listing("Deployments lost", "whatIfLost", preview.lost().stream()
                        .map(c -> deployment(c.deployment(), name) + " — " + Plural.count(c.computers(), "computer")).toList(), "None"),
                listing("Schedules that will apply", "whatIfSchedules", preview.schedulesAfter().stream()
                        .map(s -> ScheduleLine.of(s, name)).toList(), "No maintenance schedule applies in " + target),
                listing("Time zone", "whatIfZone", List.of(preview.timeZonesBefore().equals(Set.of(preview.timeZoneAfter()))
                        ? preview.timeZoneAfter() + " (unchanged)"
                        : String.join(", ", preview.timeZonesBefore()) + " → " + preview.timeZoneAfter()), ""),
                listing("Settings that change", "whatIfPreferences", preview.preferenceChanges().stream()
                        .map(c -> c.setting().label() + ": " + c.before() + " → " + c.after() + " (from " + c.fromTenant() + ")").toList(), "None"),
                listing("Computers that become non-compliant", "whatIfNonCompliant", preview.becomingNonCompliant(), "None"));
        return new WhatIfSheet("Reassign " + Plural.count(preview.computers(), "computer") + " to " + target + "?",
                preview.changesNothing() ? "Nothing else changes: the same deployments, settings and time zone apply there." : "", sections);
    }

    /** The section with this id ("whatIfLost", ...), as the dialog names its parts. */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Section listing(String title, String id, List<String> items, String none) {
        if (items.isEmpty()) {
            return new Section(title, id, List.of(none));
        }
        List<String> lines = new ArrayList<>();
        items.stream().limit(SHOWN_LINES).forEach(item -> lines.add("• " + item));
        if (items.size() > SHOWN_LINES) {
            lines.add(String.format("… and %,d more", items.size() - SHOWN_LINES));
        }
        return new Section(title, id, List.copyOf(lines));
    }

    private static String deployment(Deployment d, Function<UUID, String> name) {
        String version = d.version().isEmpty() ? "" : " " + d.version();
        return d.software() + ": " + d.desiredState().label() + version + " (" + d.scope().label() + ", " + name.apply(d.ownerTenantId()) + ")";
    }
}
