package coach.kaizen.app.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lock on a SQLite database's {@code .lock} file beside it. A running server holds it shared
 * (several servers may share one file); a restore needs it alone, so it knows no server is using
 * the database, and no server can start while the file is being swapped. The operating system
 * drops the lock when the process ends, however it ends. Within one JVM the holds are counted,
 * because the OS lock belongs to the process, not to a thread or a channel.
 */
public final class SqliteLock implements AutoCloseable {

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;

    private SqliteLock(Path key) {
        this.key = key;
    }

    /** The server's hold, for as long as it serves; refused while a restore has the database. */
    public static SqliteLock serving(Path database) {
        Path key = keyOf(database);
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held == null) {
                held = take(key, true).orElseThrow(() -> new DatabaseUnavailable(
                        "the database at " + database + " is being restored; start again when that is done", null));
                HELD.put(key, held);
            } else if (!held.lock.isShared()) {
                throw new DatabaseUnavailable("the database at " + database + " is being restored", null);
            }
            held.count++;
            return new SqliteLock(key);
        }
    }

    /** The database to itself, or empty while anything else holds it (a server, another restore). */
    public static Optional<SqliteLock> alone(Path database) {
        Path key = keyOf(database);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Optional.empty();
            }
            return take(key, false).map(held -> {
                held.count++;
                HELD.put(key, held);
                return new SqliteLock(key);
            });
        }
    }

    private static Optional<Held> take(Path key, boolean shared) {
        try {
            PrivateFiles.folder(key.getParent());
            PrivateFiles.file(key);
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock != null) {
                    return Optional.of(new Held(channel, lock));
                }
            } catch (OverlappingFileLockException | IOException e) {
                // Another holder in this process, or one the OS reports: either way, not ours.
            }
            channel.close();
            return Optional.empty();
        } catch (IOException e) {
            throw new DatabaseUnavailable("cannot open the lock file " + key + ": " + e.getMessage(), e);
        }
    }

    private static Path keyOf(Path database) {
        Path file = database.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    @Override
    public void close() {
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null && --held.count == 0) {
                HELD.remove(key);
                try {
                    held.channel.close();
                } catch (IOException e) {
                    // Closing the channel releases the lock; the OS releases it at exit anyway.
                }
            }
        }
    }

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int count;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }
}
