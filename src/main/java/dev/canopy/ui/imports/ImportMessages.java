package dev.canopy.ui.imports;

import dev.canopy.imports.ImportRefused;
import dev.canopy.ui.common.ErrorDialogs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** An import's failures in words: a refused file says what and where, a file that cannot be read says why. */
final class ImportMessages {

    private ImportMessages() {
    }

    static String of(Throwable error) {
        Throwable e = ErrorDialogs.unwrap(error);
        if (e instanceof ImportRefused refused) {
            return refused.getMessage();
        }
        if (e instanceof NoSuchFileException missing) {
            return "There is no file " + missing.getFile() + ".";
        }
        if (e instanceof AccessDeniedException denied) {
            return "Canopy may not read " + denied.getFile() + ".";
        }
        if (e instanceof IOException io) {
            return "The file cannot be read: " + io.getMessage();
        }
        return ErrorDialogs.messageFor(e);
    }

    /** The reason alone, for a refusal about the mapping (the header's line says nothing the field does not). */
    static String withoutLine(ImportRefused refused) {
        String prefix = "Line " + refused.line() + ": ";
        String message = refused.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
