package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started as a newcomer starts it. */
class ServeJarIT {

    private static final Path JAR = Path.of("target", "kaizen.jar");
    private static final Pattern URL = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path folder;

    @Test
    void serveStartsOnLoopbackAndAnswers() throws Exception {
        Process serve = kaizen("serve", "--port", "0", "--data-dir", folder.resolve("data").toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String url = CompletableFuture.supplyAsync(() -> firstUrl(out)).get(60, TimeUnit.SECONDS);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
            assertThat(Files.exists(folder.resolve("data").resolve("kaizen.db"))).isTrue();
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stops when asked").isTrue();
        }
    }

    @Test
    void aBadValueIsOneLineAndExitCodeTwo() throws Exception {
        Process serve = kaizen("serve", "--port", "nope");
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(lines(serve.getErrorStream().readAllBytes()))
                .containsExactly("kaizen: --port must be a port number from 0 to 65535, not 'nope'");
    }

    @Test
    void migrateFinishesAndExits() throws Exception {
        Process migrate = kaizen("migrate", "--data-dir", folder.toString());
        assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        assertThat(migrate.exitValue()).isZero();
        assertThat(new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("schema version 15 (13 migrations applied)");
    }

    private Process kaizen(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KAIZEN_"));
        return builder.start();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String firstUrl(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher matcher = URL.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            throw new IllegalStateException("serve ended without printing its URL");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
