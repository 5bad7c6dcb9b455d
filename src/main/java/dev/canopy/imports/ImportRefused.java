package dev.canopy.imports;

/**
 * An import file that cannot be read as it is, with what is wrong in words and where (a line number, 0 for the
 * whole file). Nothing has been imported when it is thrown.
 */
public final class ImportRefused extends Exception {

    private final int line;

    public ImportRefused(int line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    /** The line the problem is on (1 is the first), or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
