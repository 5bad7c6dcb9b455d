package dev.canopy.reports.documentation;

import java.util.List;

/**
 * A table of a tenant document: titled columns with relative widths (the PDF lays them out by weight, the HTML
 * leaves it to the browser), rows of plain text, and a note under it ("and 120 more computers…", "" for none).
 */
public record DocTable(List<Column> columns, List<List<String>> rows, String note) {

    /** A column's title and its share of the page's width. */
    public record Column(String title, float weight) {
    }

    public DocTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        note = note == null ? "" : note;
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
            }
        }
    }
}
