package coach.kaizen.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The schema version this build migrates to, read from its own migrations, so a new one needs no test edits. */
public final class Schema {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    /** The highest migration of the SQLite folder (PostgreSQL's folder has the same numbers). */
    public static final int LATEST = latest();

    private Schema() {
    }

    private static int latest() {
        try (Stream<Path> files = Files.list(Path.of(Schema.class.getResource("/db/migration/sqlite").toURI()))) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
