package dev.canopy.imports.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.IOException;

/**
 * The export's layout: the document's own structure (its header fields, the tenant entries, each entry's lists) one
 * item a line and indented, every record on a single line. Readable in an editor, close to compact in size, and a
 * parse error's line names one record.
 * <pre>
 * {
 *   "format":"canopy-export",
 *   "tenants":[
 *     {
 *       "tenant":{"id":"…","name":"Northwind",…},
 *       "people":[
 *         {"id":"…","displayName":"Ada",…}
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 */
final class ExportLayout extends MinimalPrettyPrinter {

    /** Objects this deep or shallower break their entries onto lines: the document (1), the totals and tenant entries (2, 3). */
    private static final int OBJECT_LINES = 3;
    /** Arrays this deep or shallower: the tenants (2) and each entry's lists of records (4). */
    private static final int ARRAY_LINES = 4;

    // The minimal printer writes the brackets and separators with no space; this adds the line breaks around them.

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        opening(g);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        opening(g);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        super.writeObjectEntrySeparator(g);
        opening(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        super.writeArrayValueSeparator(g);
        opening(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        closing(g, entries);
        super.writeEndObject(g, entries);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        closing(g, values);
        super.writeEndArray(g, values);
    }

    private static void opening(JsonGenerator g) throws IOException {
        if (breaks(g)) {
            newLine(g, depth(g));
        }
    }

    private static void closing(JsonGenerator g, int items) throws IOException {
        if (items > 0 && breaks(g)) {
            newLine(g, depth(g) - 1);
        }
    }

    private static boolean breaks(JsonGenerator g) {
        return depth(g) <= (g.getOutputContext().inObject() ? OBJECT_LINES : ARRAY_LINES);
    }

    private static int depth(JsonGenerator g) {
        int depth = 0;
        for (JsonStreamContext c = g.getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) {
            depth++;
        }
        return depth;
    }

    private static void newLine(JsonGenerator g, int indent) throws IOException {
        g.writeRaw('\n');
        g.writeRaw("  ".repeat(indent));
    }
}
