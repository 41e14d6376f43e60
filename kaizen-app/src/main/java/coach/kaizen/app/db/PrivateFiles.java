package coach.kaizen.app.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's slips, urges and journal are theirs: on POSIX the data folder is the owner's alone
 * (0700) and every database file too (0600). An existing folder or file with wider rights is
 * tightened, and the log says so.
 */
final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** The folder, made 0700 (so nothing was ever exposed, and nothing needs saying) or tightened to it. */
    static void folder(Path folder) throws IOException {
        if (POSIX && Files.notExists(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        Files.createDirectories(folder);
        tighten(folder, FOLDER);
    }

    /**
     * The file, made empty if missing (SQLite takes an empty file as a new database, and makes its
     * -wal and -shm with the rights of the database file) or tightened to 0600.
     */
    static void file(Path file) throws IOException {
        if (POSIX && Files.notExists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        tighten(file, FILE);
    }

    /** A file already there (a -wal, a -shm), tightened to 0600. */
    static void existing(Path file) throws IOException {
        if (Files.exists(file)) {
            tighten(file, FILE);
        }
    }

    /** A file we have just written (SQLite makes it with the umask's rights), made 0600 without a warning: nothing was exposed. */
    static void written(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> only) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> had = Files.getPosixFilePermissions(path);
        if (!only.containsAll(had)) {
            Files.setPosixFilePermissions(path, only);
            LOG.warn("{} was {}: made {} so only its owner can read it", path, PosixFilePermissions.toString(had),
                    PosixFilePermissions.toString(only));
        }
    }
}
