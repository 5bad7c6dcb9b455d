package dev.canopy.store;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The tenant tree as the store last held it, in a small file beside the database ({@value #FILE}), so the window can
 * draw the tree before H2 is open (opening it costs about a second in a fresh JVM). Reading it touches only java.io
 * and the domain's tree: no JDBC, H2, pool or Flyway class is loaded. It is a hint, never the truth: the window shows
 * it read-only until the store is open and its real tree replaces it (see MainViewModel's PREVIEW state).
 * <p>
 * Format: magic, format number, node count, then each tenant parents first (id, parent or none, name, kind, time zone
 * or none, own computer count), then a CRC-32 of everything before it. A missing, damaged, truncated or other-format
 * file reads as empty. An encrypted database never has one: the tenants' names are its customers' data.
 */
public final class TreeSnapshot {

    public static final String FILE = "tree-snapshot.bin";
    private static final int MAGIC = 0x43545245;  // "CTRE"
    private static final int FORMAT = 1;
    private static final int CRC_BYTES = Long.BYTES;

    private TreeSnapshot() {
    }

    /**
     * The tree of the snapshot in a data folder, when there is a readable one for a plain database there; else empty.
     * Never throws: a snapshot that cannot be used only means a start without one.
     */
    public static Optional<TenantHierarchy> read(Path folder) {
        try {
            Path database = folder.resolve(StoreFile.NAME + ".mv.db");
            if (!Files.isRegularFile(database) || StoreFile.isEncrypted(database)) {
                return Optional.empty();
            }
            return decode(Files.readAllBytes(folder.resolve(FILE)));
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    /** The file's bytes for a tree; equal trees give equal bytes (tenants in the tree's own order). */
    static byte[] encode(TenantHierarchy tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + tree.size() * 72);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<TenantNode> nodes = tree.depthFirst();
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(nodes.size());
            for (TenantNode node : nodes) {
                writeId(out, node.id());
                out.writeBoolean(node.parentId() != null);
                if (node.parentId() != null) {
                    writeId(out, node.parentId());
                }
                out.writeUTF(node.name());
                out.writeUTF(node.kind().name());
                out.writeBoolean(node.timeZone() != null);
                if (node.timeZone() != null) {
                    out.writeUTF(node.timeZone());
                }
                out.writeInt(node.computers());
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);  // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** What the file holds now, or null when there is none (or it cannot be read). */
    static byte[] bytesIn(Path folder) {
        try {
            return Files.readAllBytes(folder.resolve(FILE));
        } catch (IOException none) {
            return null;
        }
    }

    /** Writes the bytes to a temporary file and moves it over the snapshot, so a reader never sees half a file. */
    static void write(Path folder, byte[] bytes) throws IOException {
        Path temporary = folder.resolve(FILE + ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Removes the snapshot (before a database is encrypted, or when one is opened encrypted). */
    public static void discard(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
            Files.deleteIfExists(folder.resolve(FILE + ".tmp"));
        } catch (NoSuchFileException gone) {
            // removed meanwhile: what was wanted
        } catch (IOException e) {
            throw new StoreException("Cannot remove the tree's snapshot " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static Optional<TenantHierarchy> decode(byte[] bytes) throws IOException {
        if (bytes.length < 3 * Integer.BYTES + CRC_BYTES) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - CRC_BYTES);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            return Optional.empty();
        }
        int count = in.readInt();
        if (count < 0 || count > bytes.length / 20) {
            return Optional.empty();
        }
        List<TenantNode> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = readId(in);
            UUID parent = in.readBoolean() ? readId(in) : null;
            String name = in.readUTF();
            TenantKind kind = TenantKind.valueOf(in.readUTF());
            String zone = in.readBoolean() ? in.readUTF() : null;
            nodes.add(new TenantNode(id, parent, name, kind, zone, in.readInt()));
        }
        if (in.available() != CRC_BYTES || in.readLong() != crc.getValue()) {
            return Optional.empty();
        }
        TenantHierarchy tree = new TenantHierarchy(nodes);
        return tree.root().isPresent() ? Optional.of(tree) : Optional.empty();
    }

    private static void writeId(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static UUID readId(DataInputStream in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }
}
