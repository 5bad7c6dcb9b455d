package dev.canopy.reports.documentation;

import java.io.OutputStream;

/** The formats a tenant document is written in, with the file extension each is saved under. */
public enum DocumentFormat {
    HTML("html", "HTML page"),
    PDF("pdf", "PDF document");

    private final String extension;
    private final String label;

    DocumentFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** A writer of this format onto {@code out} (which the caller closes after {@link DocumentWriter#end}). */
    public DocumentWriter writer(OutputStream out) {
        return this == HTML ? new HtmlDocumentWriter(out) : new PdfDocumentWriter(out);
    }
}
