package dev.canopy.reports.documentation;

import java.io.IOException;

/**
 * Writes a tenant document as its chapters are made, so a document of a thousand tenants never sits in memory whole.
 * {@link #begin} once, {@link #chapter} per tenant in tree order, {@link #end} once; the caller owns the stream.
 */
public interface DocumentWriter {

    void begin(DocumentHeader header) throws IOException;

    void chapter(TenantChapter chapter) throws IOException;

    void end() throws IOException;
}
