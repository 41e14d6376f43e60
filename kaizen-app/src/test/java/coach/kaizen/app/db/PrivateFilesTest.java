package coach.kaizen.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import coach.kaizen.app.App;
import coach.kaizen.app.config.AppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The data folder and every database file are their owner's alone (POSIX rights). */
class PrivateFilesTest {

    @TempDir
    Path folder;

    @Test
    void aNewDataFolderAndItsFilesAreTheOwnersAlone() throws IOException {
        Path data = folder.resolve("data");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(PrivateFiles.class);
        warnings.start();
        logger.addAppender(warnings);
        try (App app = start(data)) {
            // Made the owner's alone from the start: nothing was exposed, so nothing is said.
            assertThat(warnings.list).isEmpty();
            assertThat(rights(data)).isEqualTo("rwx------");
            for (String file : new String[] {"kaizen.db", "kaizen.db-wal", "kaizen.db-shm", "kaizen.db.lock"}) {
                assertThat(rights(data.resolve(file))).as(file).isEqualTo("rw-------");
            }
            Path backup = folder.resolve("backup.db");
            SqliteBackup.backUp(data.resolve("kaizen.db"), backup, false);
            assertThat(rights(backup)).isEqualTo("rw-------");
        } finally {
            logger.detachAppender(warnings);
        }
    }

    @Test
    void anExistingFolderWithWiderRightsIsTightened() throws IOException {
        Path data = folder.resolve("data");
        try (App app = start(data)) {
            assertThat(app.url()).isNotBlank();
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("kaizen.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (App app = start(data)) {
            assertThat(rights(data)).isEqualTo("rwx------");
            assertThat(rights(data.resolve("kaizen.db"))).isEqualTo("rw-------");
        }
    }

    private static App start(Path data) {
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", data.toString(), null), Map.of()),
                Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC));
    }

    private static String rights(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
