package dev.canopy.store;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The file H2's {@code BACKUP TO} writes, seen on its way to the disk: H2 copies the database into a zip in one
 * statement that reports nothing and cannot be interrupted, so the zip is written through this file system scheme,
 * whose stream counts the database bytes copied so far (by inflating what the zip holds) and fails the write once the
 * backup is cancelled. Only paths being watched are counted; the class is public for H2, which makes its instances.
 */
public final class BackupCopyPath extends FilePathWrapper {

    static final String SCHEME = "canopy-backup";
    private static final Map<String, Watched> WATCHED = new ConcurrentHashMap<>();

    static {
        FilePath.register(new BackupCopyPath());
    }

    private record Watched(LongConsumer copied, BackupWatch watch) {
    }

    public BackupCopyPath() {
        // H2 makes one per path it resolves under the scheme
    }

    /** The name to give {@code BACKUP TO} so its writes to the file are counted and can be cancelled; end with {@link #forget}. */
    static String watch(Path file, LongConsumer copied, BackupWatch watch) {
        String key = file.toAbsolutePath().toString();
        WATCHED.put(key, new Watched(copied, watch));
        return SCHEME + ":" + key;
    }

    static void forget(Path file) {
        WATCHED.remove(file.toAbsolutePath().toString());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        OutputStream out = super.newOutputStream(append);
        Watched watched = WATCHED.get(Path.of(getBase().toString()).toAbsolutePath().toString());
        return watched == null ? out : new Counting(out, watched);
    }

    /** Passes the zip through, inflating its first entry's data to count the database bytes in it. */
    private static final class Counting extends FilterOutputStream {

        private static final int LOCAL_HEADER = 30;
        private final Watched watched;
        private final Inflater inflater = new Inflater(true);
        private final byte[] scratch = new byte[64 * 1024];
        private final byte[] header = new byte[LOCAL_HEADER];
        private int headerRead;
        private long headerLeft = -1;  // the entry's name and extra field, once the fixed part is read
        private boolean entryDone;

        Counting(OutputStream out, Watched watched) {
            super(out);
            this.watched = watched;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (watched.watch().cancelled()) {
                throw new IOException("the backup was cancelled");
            }
            out.write(bytes, offset, length);
            count(bytes, offset, length);
        }

        private void count(byte[] bytes, int offset, int length) throws IOException {
            int at = offset;
            int end = offset + length;
            while (headerLeft != 0 && at < end) {
                if (headerRead < LOCAL_HEADER) {
                    int n = Math.min(LOCAL_HEADER - headerRead, end - at);
                    System.arraycopy(bytes, at, header, headerRead, n);
                    headerRead += n;
                    at += n;
                    if (headerRead == LOCAL_HEADER) {
                        headerLeft = littleEndian(26) + littleEndian(28);
                    }
                } else {
                    int n = (int) Math.min(headerLeft, end - at);
                    headerLeft -= n;
                    at += n;
                }
            }
            if (headerLeft != 0 || entryDone || at >= end) {
                return;
            }
            inflater.setInput(bytes, at, end - at);
            try {
                while (!inflater.finished() && !inflater.needsInput()) {
                    inflater.inflate(scratch);
                }
            } catch (DataFormatException e) {
                throw new IOException("the backup's zip could not be followed: " + e.getMessage(), e);
            }
            entryDone = inflater.finished();
            watched.copied().accept(inflater.getBytesWritten());
        }

        private int littleEndian(int at) {
            return (header[at] & 0xff) | (header[at + 1] & 0xff) << 8;
        }

        @Override
        public void close() throws IOException {
            inflater.end();
            super.close();
        }
    }
}
