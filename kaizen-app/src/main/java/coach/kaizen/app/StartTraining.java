package coach.kaizen.app;

import coach.kaizen.app.config.AppConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One short start of the server, for the build: run as {@code java -XX:ArchiveClassesAtExit=kaizen.jsa
 * -cp kaizen.jar coach.kaizen.app.StartTraining}, it leaves a class-data archive of what a start and
 * its first pages load, which the README's run command maps instead of reading and checking those
 * classes again (a start then takes about a third less CPU). Nothing depends on it: without the
 * archive, or with one made for another jar or JVM, the JVM starts as it would have.
 */
public final class StartTraining {

    /** What a start meets first: health, the welcome and sign-in pages, the files they load, refusals. */
    private static final String[] PATHS = {"health", "", "login", "signup", "help", "today", "assets/kaizen.css",
        "assets/kaizen.js", "api/v1/me", "no-such-page"};

    private StartTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("kaizen-training");
        try {
            AppConfig config = AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null),
                    Map.of());
            try (App app = App.start(config, Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC))) {
                for (String path : PATHS) {
                    get(URI.create(app.url()).resolve(path));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void get(URI address) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        }
    }
}
