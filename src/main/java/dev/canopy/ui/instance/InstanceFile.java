package dev.canopy.ui.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the running instance can be reached: {@value #NAME} in the data folder, next to {@code canopy.lock}, holding
 * the loopback port and the secret. Readable only by its user (on POSIX systems; elsewhere the data folder is the
 * user's own profile folder).
 */
record InstanceFile(int port, String secret) {

    static final String NAME = "canopy.instance";

    static Path in(Path folder) {
        return folder.resolve(NAME);
    }

    /** Written whole under another name first, then moved over the old one, so a reader never sees half of it. */
    void writeTo(Path folder) throws IOException {
        Path target = in(folder);
        Path part = folder.resolve(NAME + ".part");
        Files.deleteIfExists(part);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(part);
        }
        Files.writeString(part, "port=" + port + "\nsecret=" + secret + "\n", StandardCharsets.UTF_8);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's contents; empty when there is none or it is not one Canopy wrote. */
    static Optional<InstanceFile> readFrom(Path folder) {
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(in(folder), StandardCharsets.UTF_8)) {
            values.load(in);
            int port = Integer.parseInt(values.getProperty("port", ""));
            String secret = values.getProperty("secret", "");
            if (port < 1 || port > 65535 || secret.isEmpty() || secret.contains(" ")) {
                return Optional.empty();
            }
            return Optional.of(new InstanceFile(port, secret));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
