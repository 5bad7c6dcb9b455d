package dev.canopy.reports.documentation;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The document's opening: what it documents, how much of the tree, when it was made (in the reader's zone), and the
 * chapters to come (each tenant's path), for the contents list.
 */
public record DocumentHeader(String title, String scope, ZonedDateTime generatedAt, List<String> contents) {

    public DocumentHeader {
        contents = List.copyOf(contents);
    }
}
