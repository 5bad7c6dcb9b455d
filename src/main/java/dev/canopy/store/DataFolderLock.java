package dev.canopy.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Canopy at a time per data folder: a second instance gets a clear refusal instead of a
 * corrupt or locked database. The OS releases the lock if the process dies.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + folder + ": " + reason(e));
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("The data folder " + folder + " cannot be written. Choose another with --data-dir or fix its permissions.");
        }
        Path file = folder.resolve("canopy.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("The data folder " + folder + " cannot be written: " + reason(e));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new DataFolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // held by this process already: the same answer as another process holding it
        }
        closeQuietly(channel);
        throw new StoreException("Another Canopy is already using the data folder " + folder
                + ". Close it first, or start this one with another --data-dir.");
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }
}
