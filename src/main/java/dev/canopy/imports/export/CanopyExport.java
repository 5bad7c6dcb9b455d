package dev.canopy.imports.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.canopy.imports.ImportRefused;
import dev.canopy.store.LocalStore;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreRestore;
import dev.canopy.store.StoreSnapshot;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The Canopy export (docs/export.md): the whole local database — every live tenant with its integration mappings,
 * preference rows, schedules, deployments, people and computers with their software — as one versioned JSON document
 * that restores into an empty data folder as exactly the same records (ids, versions, who changed them and when).
 * Written and read as a stream, so a database of 100k computers needs no more memory than a few tenants' records.
 */
public final class CanopyExport {

    /** The bytes {@link #isExport} reads: the marker is the document's first field. */
    private static final int SNIFF_BYTES = 4_096;

    /**
     * The extension exports are written with, which the installed app claims (packaging/): a name of its own, since
     * claiming .json would take every JSON file. An export named .json reads the same: it is known by its first field.
     */
    public static final String EXTENSION = ".canopy";

    private CanopyExport() {
    }

    /** The file to write an export to: the name as given, with {@link #EXTENSION} added when it has no extension. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.lastIndexOf('.') > 0 ? file : file.resolveSibling(name + EXTENSION);
    }

    /** Who wrote an export, from where, and when (the header a reader of the file sees first). */
    public record Origin(Instant exportedAt, String exportedBy, String source) {
    }

    /**
     * Writes the export of the store to the stream (left open, flushed). {@code cancelled} is asked between tenants: a
     * cancelled export stops with a {@link CancellationException} (the caller discards its part file).
     */
    public static RecordCounts write(LocalStore store, OutputStream out, Origin origin, StoreSnapshot.Progress progress,
                                     BooleanSupplier cancelled) throws IOException {
        try (JsonGenerator json = ExportJson.generator(out)) {
            JsonExportWriter writer = new JsonExportWriter(json, progress);
            writer.begin(origin.exportedAt(), origin.exportedBy(), application(), origin.source());
            StoreSnapshot.read(store, writer, cancelled);
            return writer.end();
        }
    }

    /** "Canopy 0.1.0" from the jar's manifest, "Canopy" when run from classes. */
    static String application() {
        String version = CanopyExport.class.getPackage().getImplementationVersion();
        return version == null ? "Canopy" : "Canopy " + version;
    }

    /**
     * Whether the file starts as a Canopy export ({@code {"format":"canopy-export"}), read from its first few kilobytes
     * only; false for anything else (another JSON file, a CSV, a missing file).
     */
    public static boolean isExport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             JsonParser parser = ExportJson.MAPPER.getFactory().createParser(in.readNBytes(SNIFF_BYTES))) {
            return parser.nextToken() == JsonToken.START_OBJECT && ExportFields.FORMAT.equals(parser.nextFieldName())
                    && ExportFields.MARKER.equals(parser.nextTextValue());
        } catch (IOException notJson) {
            return false;
        }
    }

    /**
     * Restores an export into a store that holds no tenant yet, in one transaction: the counts of what it wrote.
     *
     * @throws ImportRefused when the file is not a whole, readable export of a version this Canopy reads (nothing written)
     * @throws dev.canopy.store.StoreException when the store already holds data (nothing written)
     */
    public static RecordCounts restore(Path file, LocalStore store) throws ImportRefused {
        return StoreRestore.into(store, batch -> read(file, batch)).counts();
    }

    /**
     * Reads the whole export as a restore would, with every check of the file, and writes nothing: what it holds.
     * What only the database refuses (a record its keys or columns do not take) is found by the restore itself.
     *
     * @throws ImportRefused when the file is not a whole, readable export of a version this Canopy reads
     */
    public static ExportContents check(Path file) throws ImportRefused {
        return read(file, new RecordTally());
    }

    private static ExportContents read(Path file, StoreRestore.Records records) throws ImportRefused {
        if (!Files.isRegularFile(file)) {
            throw new ImportRefused(0, "There is no file " + file + ".");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return ExportReader.read(in, records);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
