package dev.canopy.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Opening a data folder's database: its lock first, then the file (with its key), the schema checked and migrated,
 * and the pool. Whatever was taken is given back when a step fails, and the key is wiped.
 */
final class StoreOpening {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);

    /** What the store is made of once its folder is open. */
    @FunctionalInterface
    interface Opened<S> {
        S with(DataFolderLock lock, HikariDataSource dataSource, StoreFile file);
    }

    private StoreOpening() {
    }

    static <S> S open(Path folder, StoreKey key, Opened<S> made) {
        long start = System.nanoTime();
        DataFolderLock lock = null;
        HikariDataSource dataSource = null;
        try {
            lock = DataFolderLock.acquire(folder);
            StoreFile file = StoreFile.in(folder, key);
            if (file.encrypted()) {
                TreeSnapshot.discard(folder);  // never the customers' names in plain text beside an encrypted file
            }
            if (!SchemaMigrator.refuseNewer(file)) {
                LOG.warn("The database in {} was left with an unfinished edit (Canopy was killed or the computer stopped);"
                        + " it is rolled back now, the edits committed before it are kept", folder);
            }
            dataSource = dataSource(file);
            SchemaMigrator.migrate(dataSource);
            LOG.debug("schema ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            return made.with(lock, dataSource, file);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (lock != null) {
                lock.close();
            }
            key.wipe();
            throw wrap(folder, e);
        }
    }

    private static StoreException wrap(Path folder, Throwable e) {
        if (e instanceof StoreException store) {
            return store;
        }
        return new StoreException("Cannot open the database in " + folder + ": " + LocalStore.rootMessage(e), e);
    }

    private static HikariDataSource dataSource(StoreFile file) {
        HikariConfig config = new HikariConfig();
        // the lock file already keeps other Canopy processes out; H2's own file lock stays as a second guard
        config.setDataSource(file.dataSource(";DB_CLOSE_ON_EXIT=FALSE"));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("canopy-local");
        return new HikariDataSource(config);
    }
}
