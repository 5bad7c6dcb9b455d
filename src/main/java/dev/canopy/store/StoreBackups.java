package dev.canopy.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Backups of the open local database: zips in {@code <data folder>/backups/}, each H2's own copy of the database
 * ({@code BACKUP TO}) with a manifest ({@value #MANIFEST}) beside it inside the zip. H2 copies an open database
 * transactionally consistent (MVCC): a transaction still running is rolled back in the copy, and every command is one
 * transaction, so no command is ever half in a backup, and edits go on while it is written (no write lock: holding it
 * would stall the technician's edits for the seconds a full-size copy takes). The counts in the manifest are read from
 * the copy itself, so they are exactly what a restore gives.
 * <p>
 * Daily backups are rotated (the newest {@value #KEEP_DAILY} kept); manual ones are the technician's and are never
 * deleted here.
 */
public final class StoreBackups {

    public static final String FOLDER = "backups";
    static final String MANIFEST = "canopy-backup.json";
    static final String DATABASE = "canopy.mv.db";
    private static final String FORMAT = "canopy-backup";
    public static final int KEEP_DAILY = 7;
    private static final Duration DAILY = Duration.ofHours(24);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());
    /** The version the CLI reports (picocli's {@code version}); kept in the manifest for the technician, not checked. */
    private static final String APP_VERSION = "0.1.0";

    private StoreBackups() {
    }

    /** Where a data folder's backups go. */
    public static Path folderOf(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /**
     * Writes a backup of the open store now, into its data folder's backups folder ("canopy-manual-20261201-093000.zip").
     * The zip is complete before it gets its name, so a crash leaves no half backup in the list.
     */
    public static BackupInfo backUp(LocalStore store, BackupInfo.Kind kind) {
        return backUp(store, kind, BackupWatch.NONE);
    }

    /**
     * The same, watched: progress as the database is copied (most of the time) and the copy is checked, and a cancel
     * that stops the copy where it is; a cancelled or failed backup leaves no file behind.
     */
    public static BackupInfo backUp(LocalStore store, BackupInfo.Kind kind, BackupWatch watch) {
        Instant at = store.now();
        Path folder = folderOf(store.folder());
        Path target = freeName(folder, "canopy-" + kind.label() + "-" + STAMP.format(at));
        Path part = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            String clientId = store.syncLedger().clientId();
            copy(store, part, watch);
            int[] counts = countsInCopy(store, part, watch);
            BackupInfo info = new BackupInfo(target, kind, at, SchemaMigrator.LATEST, APP_VERSION, counts[0], counts[1], clientId);
            addManifest(part, info);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return info;
        } catch (IOException e) {
            throwIfCancelled(watch);
            throw new StoreException("Cannot write the backup " + target + ": " + LocalStore.rootMessage(e), e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** H2's transactionally consistent copy of the open database into the zip, counted as it is written (see {@link BackupCopyPath}). */
    private static void copy(LocalStore store, Path part, BackupWatch watch) {
        long size = Math.max(1, sizeOf(store.folder().resolve(DATABASE)));
        String counted = BackupCopyPath.watch(part, copied -> watch.progress(COPYING * Math.min(1.0, copied / (double) size),
                "Copying the database… " + megabytes(copied) + " of " + megabytes(size)), watch);
        try {
            store.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + counted.replace("'", "''") + "'");
                }
                return null;
            });
        } catch (StoreException e) {
            throwIfCancelled(watch);
            throw e;
        } finally {
            BackupCopyPath.forget(part);
        }
        throwIfCancelled(watch);
    }

    /** The share of a backup's time the copy takes; checking the copy (unpacking it to count) takes the rest. */
    private static final double COPYING = 0.75;

    private static void throwIfCancelled(BackupWatch watch) {
        if (watch.cancelled()) {
            throw new StoreException("The backup was cancelled; no backup file was kept.");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;  // only the progress shown is off
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%,.1f MB", bytes / 1_048_576.0);
    }

    /** Makes a daily backup when the newest backup of any kind is older than 24 hours (or there is none), then rotates. */
    public static Optional<BackupInfo> dailyIfDue(LocalStore store) {
        Instant now = store.now();
        Optional<Instant> newest = list(store.folder()).stream().map(BackupInfo::madeAt).max(Comparator.naturalOrder());
        if (newest.isPresent() && newest.get().isAfter(now.minus(DAILY))) {
            return Optional.empty();
        }
        BackupInfo made = backUp(store, BackupInfo.Kind.DAILY);
        rotate(store.folder());
        return Optional.of(made);
    }

    /** Deletes daily backups beyond the newest {@value #KEEP_DAILY}; manual ones stay. */
    static void rotate(Path dataFolder) {
        List<BackupInfo> daily = list(dataFolder).stream().filter(b -> b.kind() == BackupInfo.Kind.DAILY).toList();
        for (BackupInfo old : daily.subList(Math.min(KEEP_DAILY, daily.size()), daily.size())) {
            deleteQuietly(old.file());
        }
    }

    /** The readable backups in a data folder's backups folder, newest first (an unreadable zip there is left out). */
    public static List<BackupInfo> list(Path dataFolder) {
        Path folder = folderOf(dataFolder);
        List<BackupInfo> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path zip : zips) {
                try {
                    found.add(read(zip));
                } catch (StoreException notABackup) {
                    // someone's other zip in the folder: not ours to list or rotate
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the backups folder " + folder + ": " + LocalStore.rootMessage(e), e);
        }
        found.sort(Comparator.comparing(BackupInfo::madeAt).reversed());
        return found;
    }

    /**
     * Reads a backup's manifest, refusing (a StoreException that names the file and why) a file that is not a zip, a zip
     * that is not a Canopy backup or holds no database, and a backup from a newer schema than this Canopy reads.
     */
    public static BackupInfo read(Path zip) {
        String name = zip.getFileName().toString();
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("There is no backup file " + zip + ".");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifest = file.getEntry(MANIFEST);
            if (manifest == null) {
                throw new StoreException(name + " is not a Canopy backup: it holds no " + MANIFEST + ". Nothing was changed.");
            }
            if (file.getEntry(DATABASE) == null) {
                throw new StoreException(name + " is not a complete Canopy backup: it holds no database (" + DATABASE + "). Nothing was changed.");
            }
            BackupInfo info;
            try (InputStream in = file.getInputStream(manifest)) {
                info = fromJson(zip, Json.MAPPER.readTree(in));
            }
            if (info.schema() > SchemaMigrator.LATEST) {
                throw new StoreException(name + " was made by a newer Canopy (schema " + info.schema() + "; this one reads up to "
                        + SchemaMigrator.LATEST + "). Update Canopy to restore it. Nothing was changed.");
            }
            return info;
        } catch (ZipException e) {
            throw new StoreException(name + " is not a Canopy backup (not a zip file). Nothing was changed.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot read the backup " + zip + ": " + LocalStore.rootMessage(e), e);
        }
    }

    private static BackupInfo fromJson(Path zip, JsonNode json) {
        if (!FORMAT.equals(json.path("format").asText()) || !json.path("madeAt").isTextual() || !json.path("schema").isInt()) {
            throw new StoreException(zip.getFileName() + " is not a Canopy backup: its " + MANIFEST + " is not one Canopy wrote. Nothing was changed.");
        }
        BackupInfo.Kind kind = "daily".equals(json.path("kind").asText()) ? BackupInfo.Kind.DAILY : BackupInfo.Kind.MANUAL;
        try {
            return new BackupInfo(zip, kind, Instant.parse(json.get("madeAt").asText()), json.get("schema").asInt(), json.path("appVersion").asText(""),
                    json.path("tenants").asInt(), json.path("computers").asInt(), json.path("clientId").asText(""));
        } catch (java.time.format.DateTimeParseException e) {
            throw new StoreException(zip.getFileName() + " is not a Canopy backup: its date \"" + json.get("madeAt").asText() + "\" is not a date.", e);
        }
    }

    private static void addManifest(Path zip, BackupInfo info) throws IOException {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("format", FORMAT);
        json.put("kind", info.kind().label());
        json.put("madeAt", info.madeAt().toString());
        json.put("schema", info.schema());
        json.put("appVersion", info.appVersion());
        json.put("tenants", info.tenants());
        json.put("computers", info.computers());
        json.put("clientId", info.clientId());
        // the zip file system keeps the database entry as it is (no second compression) and adds the manifest
        try (FileSystem zipped = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Files.write(zipped.getPath(MANIFEST), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        }
    }

    /** Live tenants and computers of the copy in the zip, read from a temporary unpacked copy opened read-only. */
    private static int[] countsInCopy(LocalStore store, Path zip, BackupWatch watch) throws IOException {
        Path unpacked = Files.createTempDirectory(zip.getParent(), "counting");
        try {
            Path database = unpacked.resolve(DATABASE);
            unpack(zip, database, watch);
            throwIfCancelled(watch);
            watch.progress(1.0, "Counting the records in the copy…");
            // an encrypted store's backup is a copy of the encrypted file: it opens with the same key
            StoreFile copy = store.copyAt(unpacked);
            try (Connection connection = copy.dataSource(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE").getConnection();
                 Statement statement = connection.createStatement()) {
                return new int[]{count(statement, "select count(*) from tenant where deleted = false"),
                        count(statement, "select count(*) from computer c join tenant t on t.id = c.tenant_id where c.deleted = false and t.deleted = false")};
            } catch (SQLException e) {
                throw new StoreException("Cannot read the backup just written: " + LocalStore.rootMessage(e), e);
            } finally {
                copy.key().wipe();
            }
        } finally {
            try (var files = Files.list(unpacked)) {
                files.forEach(StoreBackups::deleteQuietly);
            }
            deleteQuietly(unpacked);
        }
    }

    private static int count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Writes the zip's database entry to a file (replacing one there). */
    static void unpack(Path zip, Path target) throws IOException {
        unpack(zip, target, BackupWatch.NONE);
    }

    /** The same, watched: the unpacking is the last share of a backup's progress, and stops at a cancel. */
    private static void unpack(Path zip, Path target, BackupWatch watch) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(DATABASE);
            if (entry == null) {
                throw new IOException(zip.getFileName() + " holds no database");
            }
            long size = Math.max(1, entry.getSize());
            byte[] buffer = new byte[256 * 1024];
            long done = 0;
            try (InputStream in = file.getInputStream(entry);
                 var out = Files.newOutputStream(target)) {
                for (int n; (n = in.read(buffer)) > 0 && !watch.cancelled(); ) {
                    out.write(buffer, 0, n);
                    done += n;
                    watch.progress(COPYING + (1 - COPYING) * Math.min(1.0, done / (double) size), "Checking the copy…");
                }
            }
        }
    }

    private static Path freeName(Path folder, String base) {
        Path candidate = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".zip");
        }
        return candidate;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the backups folder; the next backup does not depend on it
        }
    }
}
