package coach.kaizen.app;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.db.SqliteLock;
import coach.kaizen.app.testing.Schema;
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
    private static final Path ARCHIVE = Path.of("target", "kaizen.jsa");
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
    void aBackupIsTakenWhileTheJarServesButARestoreWaitsForItToStop() throws Exception {
        String data = folder.resolve("data").toString();
        String backup = folder.resolve("backup.db").toString();
        Process serve = kaizen("serve", "--port", "0", "--data-dir", data);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture.supplyAsync(() -> firstUrl(out)).get(60, TimeUnit.SECONDS);

            Process backingUp = finished(kaizen("backup", "--data-dir", data, backup));
            assertThat(backingUp.exitValue()).isZero();
            assertThat(lines(backingUp.getInputStream().readAllBytes())).singleElement().asString()
                    .contains("schema version " + Schema.LATEST);

            // The server is another process: the OS lock it holds on kaizen.db.lock is what tells.
            assertThat(SqliteLock.alone(Path.of(data, "kaizen.db"))).isEmpty();
            Process restoring = finished(kaizen("restore", "--data-dir", data, backup));
            assertThat(restoring.exitValue()).isEqualTo(2);
            assertThat(lines(restoring.getErrorStream().readAllBytes())).singleElement().asString()
                    .startsWith("kaizen: a Kaizen Coach server is using ");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stops when asked").isTrue();
        }
        assertThat(SqliteLock.alone(Path.of(data, "kaizen.db"))).as("the server let go when it stopped")
                .hasValueSatisfying(SqliteLock::close);
        Process restoring = finished(kaizen("restore", "--data-dir", data, backup));
        assertThat(restoring.exitValue()).as("once the server has stopped").isZero();
    }

    private static Process finished(Process process) throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        return process;
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
    void theBuildsClassArchiveFitsItsJar() throws Exception {
        // -Xshare:on makes the JVM refuse to start on an archive made for another jar or JVM.
        Process version = finished(java("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath(), "-jar",
                JAR.toAbsolutePath().toString(), "--version"));
        assertThat(new String(version.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(version.exitValue()).isZero();
        assertThat(lines(version.getInputStream().readAllBytes())).singleElement().asString().startsWith("Kaizen Coach ");
    }

    @Test
    void migrateFinishesAndExits() throws Exception {
        Process migrate = kaizen("migrate", "--data-dir", folder.toString());
        assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
        assertThat(migrate.exitValue()).isZero();
        assertThat(new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("schema version " + Schema.LATEST + " (" + Schema.LATEST + " migrations applied)");
    }

    private Process kaizen(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return java(command.toArray(String[]::new));
    }

    private Process java(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
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
