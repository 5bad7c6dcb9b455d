package dev.canopy.reports.documentation;

/** One part of a tenant's chapter: a heading, one sentence summing it up, and its table (null when there is nothing to list). */
public record DocSection(String heading, String summary, DocTable table) {

    public DocSection {
        summary = summary == null ? "" : summary;
    }
}
