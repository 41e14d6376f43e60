package coach.kaizen.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.Services;
import coach.kaizen.app.cli.DemoAccount;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.session.Part;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every GET route of the real app, pages with a signed-in cookie and the API with a token, leaves
 * the database as it found it: the same rows in every table, and no write committed at all (SQLite's
 * {@code data_version}, read over a connection of our own, moves with any other connection's commit,
 * even one that rewrites a row as it was).
 */
class ReadOnlyGetsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private App app;
    private Connection watcher;

    @BeforeEach
    void start() throws SQLException {
        AppConfig config = AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", folder.toString(), null), Map.of());
        app = App.start(config, new TestClock(NOW));
        watcher = DriverManager.getConnection(config.jdbcUrl());
    }

    @AfterEach
    void stop() throws SQLException {
        watcher.close();
        app.close();
    }

    @Test
    void noGetRouteWritesAnything() throws Exception {
        Services services = app.services();
        DemoAccount.Credentials demo = new DemoAccount(services).create("UTC");
        Person person = services.accounts().signIn(demo.username(), demo.password(), null);
        LocalDate today = services.clock().today(person);
        List<Aim> aims = services.aims().list(person);
        Aim recovery = aims.stream().filter(aim -> aim.kind() == AimKind.RECOVER).findFirst().orElseThrow();
        long stepId = services.steps().listForAim(person, aims.get(0).id()).get(0).id();
        long slipId = services.slips().record(person, recovery.id(),
                new SlipDraft(today.minusDays(1), null, null, null, null), false).id();
        services.obstacles().add(person, aims.get(0).id(), "Rain");
        services.experiments().start(person, stepId, ExperimentKind.PLACE, "in the park", null);
        String cookie = Auth.SIGN_IN_COOKIE + "=" + services.signIns().start(person).id();
        String token = "Bearer " + services.accounts().createToken(demo.username(), demo.password(), "tests", null, null)
                .secret();
        // A token's first use in an hour notes itself (SignInService.tokenOwner); the clock stands still
        // from here, so every GET below must leave even that note alone.
        Fingerprint unused = fingerprint();
        assertThat(get("/api/v1/me", "Authorization", token)).isEqualTo(200);
        assertThat(fingerprint().tables()).as("the token's first use, noted").containsOnlyKeys(unused.tables().keySet())
                .isNotEqualTo(unused.tables()).containsAllEntriesOf(without(unused.tables(), "api_tokens"));
        Map<String, List<String>> ids = Map.of(
                "{aimId}", aims.stream().map(aim -> Long.toString(aim.id())).toList(),
                "{stepId}", List.of(Long.toString(stepId)),
                "{slipId}", List.of(Long.toString(slipId)),
                "{date}", List.of(today.toString()),
                // This week, last week, a week to come, and names that are no week.
                "{week}", List.of(IsoWeek.named(person.weekOf(today)).toString(),
                        IsoWeek.named(person.weekOf(today).minusWeeks(1)).toString(),
                        IsoWeek.named(person.weekOf(today).plusWeeks(1)).toString(), "2026-W60", "soon"),
                "{part}", Arrays.stream(Part.values()).map(Part::code).toList(),
                "{secret}", List.of("no-such-feed.ics"));

        assertThat(getEverything(ids, cookie, token)).as("before today's session is begun")
                .containsEntry("/session/arrive", 200).containsEntry("/api/v1/session", 200)
                .containsEntry("/settings/account", 200).containsEntry("/api/v1/tokens", 200)
                .containsEntry("/goodbye", 303);
        // A session part-way: arrived, past today, at its question.
        services.dailySessions().arrive(person, new Readiness(6, 4, 2));
        services.dailySessions().next(person, Part.TODAY);
        assertThat(getEverything(ids, cookie, token)).as("part-way through it")
                .containsEntry("/session/question", 200).containsEntry("/api/v1/session", 200)
                .containsEntry("/today", 200).containsEntry("/aims/" + recovery.id() + "/recovery", 200)
                .containsEntry("/slips/" + slipId, 200);
    }

    /**
     * GETs every GET route, pages with the cookie and the API with the token, checking after each
     * that the database is as it was; the status each path answered.
     */
    private Map<String, Integer> getEverything(Map<String, List<String>> ids, String cookie, String token)
            throws Exception {
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (WebServer.Route route : app.routes()) {
            if (!route.method().equals("GET")) {
                continue;
            }
            for (String path : paths(route.path(), ids)) {
                boolean api = path.startsWith("/api/");
                Fingerprint before = fingerprint();
                int status = get(path, api ? "Authorization" : "Cookie", api ? token : cookie);
                Fingerprint after = fingerprint();
                assertThat(after.tables()).as("the tables after GET %s (%d)", path, status)
                        .containsExactlyEntriesOf(before.tables());
                assertThat(after.dataVersion()).as("a commit during GET %s (%d)", path, status)
                        .isEqualTo(before.dataVersion());
                assertThat(status).as("GET %s", path).isLessThan(500);
                answered.put(path, status);
            }
        }
        return answered;
    }

    /** The route's path with each of its parameters filled in every way {@code ids} offers. */
    private static List<String> paths(String route, Map<String, List<String>> ids) {
        List<String> paths = List.of(route);
        for (Map.Entry<String, List<String>> id : ids.entrySet()) {
            paths = paths.stream().flatMap(path -> path.contains(id.getKey())
                    ? id.getValue().stream().map(value -> path.replace(id.getKey(), value)) : Stream.of(path))
                    .toList();
        }
        assertThat(paths).as("a path parameter this test cannot fill, in " + route).noneMatch(p -> p.contains("{"));
        return paths;
    }

    private int get(String path, String header, String value) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url()).resolve(path)).header(header, value)
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> without(Map<String, String> tables, String table) {
        Map<String, String> others = new TreeMap<>(tables);
        others.remove(table);
        return others;
    }

    /** Each table's rows (a count and a digest), and a number SQLite changes with other connections' commits. */
    private record Fingerprint(Map<String, String> tables, long dataVersion) {
    }

    private Fingerprint fingerprint() throws SQLException, NoSuchAlgorithmException {
        Map<String, String> tables = new TreeMap<>();
        try (Statement statement = watcher.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                tables.put(name, digest(statement, name));
            }
            try (ResultSet version = statement.executeQuery("PRAGMA data_version")) {
                version.next();
                return new Fingerprint(tables, version.getLong(1));
            }
        }
    }

    private static String digest(Statement statement, String table) throws SQLException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int count = 0;
        try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                count++;
                for (int column = 1; column <= columns; column++) {
                    digest.update((rows.getString(column) + "\u001f").getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
        }
        return count + " rows " + HexFormat.of().formatHex(digest.digest());
    }
}
