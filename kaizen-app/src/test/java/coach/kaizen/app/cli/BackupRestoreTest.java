package coach.kaizen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.App;
import coach.kaizen.app.Services;
import coach.kaizen.app.config.AppConfig;
import coach.kaizen.app.db.SqliteLock;
import coach.kaizen.app.testing.LoopFiles;
import coach.kaizen.app.testing.Schema;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.StepDraft;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaizen backup} and {@code kaizen restore} on real SQLite files, beside a real running app. */
class BackupRestoreTest {

    private static final Instant NOW = Instant.parse("2026-06-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aBackupTakenWhileTheAppWritesHoldsEveryCheckInAcknowledgedBeforeIt() throws Exception {
        Path backup = folder.resolve("backup.db");
        Set<String> acknowledgedBefore;
        int acknowledgedAfter;
        try (App app = start(data())) {
            Writer writer = new Writer(app.services());
            CompletableFuture<Void> writing = CompletableFuture.runAsync(writer::run);
            writer.awaitAtLeast(40);
            acknowledgedBefore = Set.copyOf(writer.acknowledged);

            assertThat(kaizen("backup", backup.toString())).isZero();

            int atBackup = writer.acknowledged.size();
            writer.awaitAtLeast(atBackup + 20);
            writer.stop.set(true);
            writing.get(30, TimeUnit.SECONDS);
            acknowledgedAfter = writer.acknowledged.size();
        }
        assertThat(out.toString()).startsWith("Backed up " + data().resolve("kaizen.db") + " to " + backup)
                .contains("bytes, schema version " + Schema.LATEST + ").");
        assertThat(integrityCheck(backup)).isEqualTo("ok");

        Set<String> inBackup = checkInsIn(backup);
        assertThat(inBackup).containsAll(acknowledgedBefore);
        assertThat(inBackup).as("the writer went on after the backup").hasSizeLessThan(acknowledgedAfter);
    }

    @Test
    void aBackupKeepsAnExistingFileUnlessForced() throws Exception {
        migrate();
        Path backup = Files.writeString(folder.resolve("backup.db"), "keep me");
        assertThat(kaizen("backup", backup.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "kaizen: " + backup + " already exists; choose another name, or add --force to replace it\n");
        assertThat(Files.readString(backup)).isEqualTo("keep me");

        assertThat(kaizen("backup", "--force", backup.toString())).isZero();
        assertThat(integrityCheck(backup)).isEqualTo("ok");
    }

    @Test
    void aBackupNeverReplacesTheDatabaseItself() {
        migrate();
        Path live = data().resolve("kaizen.db");
        assertThat(kaizen("backup", "--force", live.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "kaizen: " + live + " is the database itself; write the backup somewhere else\n");
    }

    @Test
    void onPostgresqlBothPointToTheReadmesRecipe() {
        String url = "jdbc:postgresql://127.0.0.1:1/kaizen";
        assertThat(kaizen("backup", "--db-url", url, folder.resolve("b.db").toString())).isEqualTo(2);
        assertThat(kaizen("restore", "--db-url", url, folder.resolve("b.db").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "kaizen: kaizen backup copies the SQLite file; on PostgreSQL, back up with pg_dump as the README shows"
                        + " (Backups)",
                "kaizen: kaizen restore brings back a SQLite backup; on PostgreSQL, restore with pg_restore as the"
                        + " README shows (Backups)");
        assertThat(folder.resolve("b.db")).doesNotExist();
    }

    @Test
    void aRestoreBringsBackTheBackupAndKeepsTheLaterDatabaseAside() throws Exception {
        Path backup = folder.resolve("backup.db");
        Set<String> early;
        Set<String> all;
        try (App app = start(data())) {
            Writer writer = new Writer(app.services());
            writer.writeSteps(2);
            early = Set.copyOf(writer.acknowledged);
            assertThat(kaizen("backup", backup.toString())).isZero();
            writer.writeSteps(1);
            all = Set.copyOf(writer.acknowledged);
        }
        assertThat(all).hasSizeGreaterThan(early.size());

        out.getBuffer().setLength(0);
        assertThat(kaizen("restore", backup.toString())).isZero();

        Path live = data().resolve("kaizen.db");
        Path aside = data().resolve("kaizen-before-restore-20260620-100000.db");
        assertThat(out.toString()).isEqualTo("Restored " + backup + " into " + live + " (schema version " + Schema.LATEST + ", now " + Schema.LATEST + ").\n"
                + "The database that was there is kept as " + aside + ".\n");
        assertThat(checkInsIn(aside)).isEqualTo(all);
        assertThat(data().resolve("kaizen.db-wal")).doesNotExist();
        try (App app = start(data())) {
            assertThat(status(app.url() + "health")).isEqualTo(200);
        }
        assertThat(checkInsIn(live)).isEqualTo(early);
    }

    @Test
    void aRestoreIntoAnEmptyFolderSaysThereWasNothingBefore() throws Exception {
        migrate();
        Path backup = folder.resolve("backup.db");
        assertThat(kaizen("backup", backup.toString())).isZero();
        Path elsewhere = folder.resolve("elsewhere");

        assertThat(kaizen("restore", "--data-dir", elsewhere.toString(), backup.toString())).isZero();
        assertThat(out.toString()).endsWith("There was no database there before.\n");
        assertThat(integrityCheck(elsewhere.resolve("kaizen.db"))).isEqualTo("ok");
    }

    @Test
    void aRestoreOfAnOlderBackupMigratesIt() throws Exception {
        migrate();
        Path backup = folder.resolve("backup-at-11.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + backup, null, null).locations("classpath:db/migration/sqlite")
                .target("11").load().migrate();

        assertThat(kaizen("restore", backup.toString())).isZero();
        assertThat(out.toString()).contains("(schema version 11, now " + Schema.LATEST + ").");
        assertThat(integrityCheck(data().resolve("kaizen.db"))).isEqualTo("ok");
    }

    @Test
    void aRestoreIsRefusedWhileAServerUsesTheDatabase() throws Exception {
        Path backup = folder.resolve("backup.db");
        try (App app = start(data())) {
            assertThat(kaizen("backup", backup.toString())).isZero();
            byte[] before = Files.readAllBytes(data().resolve("kaizen.db"));

            assertThat(kaizen("restore", backup.toString())).isEqualTo(2);

            assertThat(err.toString()).isEqualTo("kaizen: a Kaizen Coach server is using " + data().resolve("kaizen.db")
                    + "; stop it, then restore; nothing was changed\n");
            assertThat(Files.readAllBytes(data().resolve("kaizen.db"))).isEqualTo(before);
            assertThat(status(app.url() + "health")).isEqualTo(200);
        }
        assertThat(kaizen("restore", backup.toString())).as("once the server has stopped").isZero();
    }

    @Test
    void aServerDoesNotStartWhileARestoreHasTheDatabase() throws Exception {
        migrate();
        SqliteLock restoring = SqliteLock.alone(data().resolve("kaizen.db")).orElseThrow();
        try {
            assertThat(kaizen("serve", "--port", "0", "--data-dir", data().toString())).isEqualTo(1);
            assertThat(err.toString()).contains("is being restored");
        } finally {
            restoring.close();
        }
    }

    @Test
    void eachFileThatIsNotAKaizenBackupIsRefusedAndNothingChanges() throws Exception {
        migrate();
        Path kaizenBackup = folder.resolve("kaizen-backup.db");
        assertThat(kaizen("backup", kaizenBackup.toString())).isZero();
        Path newer = Files.copy(kaizenBackup, folder.resolve("newer.db"));
        sql(newer, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql',"
                + " 0, 'test', 0, 1)");
        Path other = folder.resolve("other.db");
        sql(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        Path loop = Files.write(folder.resolve("Loop Habits Backup.db"), LoopFiles.backup(25, List.of()));
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a database at all");
        Path damaged = damagedCopyOf(kaizenBackup);
        Path live = data().resolve("kaizen.db");
        byte[] before = Files.readAllBytes(live);

        Map<Path, String> said = Map.of(
                folder.resolve("missing.db"), "missing.db: no such file",
                text, "notes.txt is not a SQLite database, so not a Kaizen Coach backup; nothing was changed",
                other, "other.db is a SQLite database but not a Kaizen Coach one (it has no flyway_schema_history,"
                        + " users, aims, steps, check_ins, step_progress); nothing was changed",
                loop, "Loop Habits Backup.db is a Loop Habit Tracker backup, not a Kaizen Coach one; bring it in from"
                        + " the app's Loop page instead; nothing was changed",
                newer, "newer.db is at schema version 99, newer than this Kaizen Coach knows (" + Schema.LATEST + "); restore it with a"
                        + " newer version; nothing was changed",
                damaged, "damaged.db is damaged");
        for (Map.Entry<Path, String> file : said.entrySet()) {
            err.getBuffer().setLength(0);
            assertThat(kaizen("restore", file.getKey().toString())).as(file.getValue()).isEqualTo(2);
            assertThat(err.toString()).startsWith("kaizen: " + folder.resolve(file.getValue())).hasLineCount(1);
        }
        assertThat(Files.readAllBytes(live)).isEqualTo(before);
        try (Stream<Path> files = Files.list(data())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> name.startsWith("kaizen.db"))
                    .noneMatch(name -> name.contains("restoring"));
        }
    }

    /** Writes check-ins through the check-in service, as the app does, and remembers those acknowledged. */
    private static final class Writer {
        private static final Sizing SIZING = new Sizing(10, "minutes", 1, 2, 60.0);

        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicBoolean stop = new AtomicBoolean();
        private final Services services;
        private final Person person;

        Writer(Services services) {
            this.services = services;
            this.person = services.database().transaction(s -> s.users().create(
                    Person.newcomer("writer", ZoneId.of("UTC"), 0), null, false, NOW)).orElseThrow();
        }

        void run() {
            while (!stop.get()) {
                writeSteps(1);
            }
        }

        /** A new step, with a check-in on each of the last eight days. */
        void writeSteps(int steps) {
            for (int i = 0; i < steps; i++) {
                long stepId = services.database().transaction(s -> {
                    Aim aim = s.aims().create(person.id(), new AimDraft("Move", AimKind.BUILD), NOW);
                    return s.steps().create(person.id(), aim.id(), new StepDraft("Walk", SIZING, null), TODAY.minusDays(30),
                            NOW).orElseThrow();
                }).id();
                for (int back = 7; back >= 0; back--) {
                    LocalDate day = TODAY.minusDays(back);
                    services.checkIns().record(person, stepId, CheckIn.done(day));
                    acknowledged.add(stepId + "@" + day);
                }
            }
        }

        void awaitAtLeast(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(acknowledged.size()).isGreaterThanOrEqualTo(count);
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private App start(Path dataDir) {
        return App.start(AppConfig.resolve(new AppConfig.Flags("127.0.0.1", "0", dataDir.toString(), null), Map.of()),
                CLOCK);
    }

    private void migrate() {
        assertThat(kaizen("migrate")).isZero();
        out.getBuffer().setLength(0);
    }

    private int kaizen(String... args) {
        Map<String, String> env = Map.of("KAIZEN_DATA_DIR", data().toString(), "KAIZEN_LANGUAGE", "en");
        return Cli.run(args, env, CLOCK, new Terminal(new BufferedReader(new StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), false));
    }

    private static Path damagedCopyOf(Path backup) throws Exception {
        Path damaged = backup.resolveSibling("damaged.db");
        byte[] bytes = Files.readAllBytes(backup);
        // Scribble over the second page onwards, leaving SQLite's header and first page alone.
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        return Files.write(damaged, bytes);
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String integrityCheck(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Set<String> checkInsIn(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT step_id, day FROM check_ins")) {
            Set<String> found = new HashSet<>();
            while (rows.next()) {
                found.add(rows.getLong(1) + "@" + rows.getString(2));
            }
            return found;
        }
    }

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
