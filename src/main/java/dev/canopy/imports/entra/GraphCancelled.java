package dev.canopy.imports.entra;

/** The technician cancelled reading from Graph; nothing was planned or imported. */
public final class GraphCancelled extends Exception {

    public GraphCancelled() {
        super("Reading from Microsoft Graph was cancelled; nothing was imported.");
    }
}
