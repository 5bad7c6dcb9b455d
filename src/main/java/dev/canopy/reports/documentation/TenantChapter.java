package dev.canopy.reports.documentation;

import java.util.List;

/** What the document says about one tenant: its name, where it sits, its facts (kind, time zone, …) and its sections. */
public record TenantChapter(String name, String path, List<Fact> facts, List<DocSection> sections) {

    /** One line of the tenant's facts: "Time zone" — "Europe/Berlin (set on Acme)". */
    public record Fact(String label, String value) {
    }

    public TenantChapter {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }
}
