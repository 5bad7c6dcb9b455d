package dev.canopy.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server connection of each data folder, kept in the OS user's config folder ({@code connections.json}), readable
 * by its owner only: the token is a password, and the data folder may be copied or shared.
 */
public final class ConnectionFile {

    private static final TypeReference<TreeMap<String, Map<String, String>>> SHAPE = new TypeReference<>() {
    };

    private final Path file;

    public ConnectionFile(Path configFolder) {
        this.file = configFolder.resolve("connections.json");
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<ServerConnection> load(Path dataFolder) {
        Map<String, String> entry = readAll().get(key(dataFolder));
        if (entry == null || entry.get("server") == null || entry.get("token") == null) {
            return Optional.empty();
        }
        return Optional.of(new ServerConnection(URI.create(entry.get("server")), entry.get("token")));
    }

    public synchronized void save(Path dataFolder, ServerConnection connection) {
        TreeMap<String, Map<String, String>> all = readAll();
        all.put(key(dataFolder), Map.of("server", connection.server().toString(), "token", connection.token()));
        write(all);
    }

    public synchronized void forget(Path dataFolder) {
        TreeMap<String, Map<String, String>> all = readAll();
        if (all.remove(key(dataFolder)) != null) {
            write(all);
        }
    }

    private static String key(Path dataFolder) {
        return dataFolder.toAbsolutePath().normalize().toString();
    }

    private TreeMap<String, Map<String, String>> readAll() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return HttpServerApi.JSON.readValue(file.toFile(), SHAPE);
        } catch (IOException e) {
            throw new UncheckedIOException("The saved server connections in " + file + " cannot be read; remove the file"
                    + " and connect again.", e);
        }
    }

    private void write(TreeMap<String, Map<String, String>> all) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            Path temporary = folder.resolve("connections.json.tmp");
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            Files.write(temporary, HttpServerApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The server connection cannot be saved in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Created with owner-only permissions from the start, so the token is never readable by others, even briefly. */
    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
            var file = path.toFile();
            file.setReadable(false, false);
            file.setWritable(false, false);
            file.setReadable(true, true);
            file.setWritable(true, true);
        }
    }
}
