package coach.kaizen.app.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A SQLite database's own files (the database and its write-ahead log) and whether this process may
 * write them now: a file made read-only (chattr +i, a read-only mount, rights taken away) says no.
 * The shared-memory index beside them is left out: SQLite maps it even to read.
 */
record SqliteFiles(Path database) {

    /** For PostgreSQL: no file of ours to look at. */
    static final SqliteFiles NONE = new SqliteFiles(null);

    boolean writable() {
        if (database == null) {
            return true;
        }
        for (Path file : List.of(database, database.resolveSibling(database.getFileName() + "-wal"))) {
            if (Files.exists(file) && !Files.isWritable(file)) {
                return false;
            }
        }
        return true;
    }
}
