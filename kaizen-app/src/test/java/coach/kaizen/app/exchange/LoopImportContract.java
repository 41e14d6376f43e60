package coach.kaizen.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.app.Services;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.service.Explained;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.testing.LoopFiles.Entry;
import coach.kaizen.app.testing.LoopFiles.Habit;
import coach.kaizen.app.testing.LoopFiles;
import coach.kaizen.app.testing.TestClock;
import coach.kaizen.app.testing.TestDatabase;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.strength.Frequency;
import coach.kaizen.core.strength.ScoreList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loop's files brought over on a real database: every schema version, the CSV zip, twice, and every bad file. */
abstract class LoopImportContract {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LoopImportService.Wording ENGLISH = LoopWording.in(Catalog.shipped().texts(Catalog.ENGLISH));

    private TestDatabase test;
    private Database db;
    private Services services;
    private Person ana;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        test = openDatabase();
        db = test.database();
        services = Services.over(db, new TestClock(START));
        ana = db.transaction((Stores s) -> s.users().create(Person.newcomer("ana", ZoneId.of("UTC"), 0), null, false,
                START)).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    /** Done most days for 60 days, with a skip, a NO, a day Loop filled in, and today done. */
    static Habit walk() {
        List<Entry> entries = new ArrayList<>();
        for (int back = 60; back >= 0; back--) {
            int value = back % 4 == 1 ? -1 : back == 7 ? 3 : back == 9 ? 0 : back == 11 ? 1 : 2;
            if (value != -1) {
                entries.add(new Entry(TODAY.minusDays(back), value, back == 0 ? "in the rain, happily" : ""));
            }
        }
        return LoopFiles.Habit.yesNo("Walk, then stretch", 1, 1, entries);
    }

    static Habit gym() {
        List<Entry> entries = new ArrayList<>();
        for (int back = 40; back >= 0; back -= 3) {
            entries.add(new Entry(TODAY.minusDays(back), 2, ""));
        }
        return LoopFiles.Habit.yesNo("Gym ✓ 💪", 3, 7, entries);
    }

    static Habit run() {
        List<Entry> entries = new ArrayList<>();
        for (int back = 30; back >= 0; back -= 2) {
            entries.add(new Entry(TODAY.minusDays(back), 2500 + back * 100, ""));
        }
        return LoopFiles.Habit.numerical("Run", "km", 0, 10.0, 7, entries);
    }

    static Habit coffee() {
        return LoopFiles.Habit.numerical("Coffee", "cups", 1, 2.0, 1, List.of(new Entry(TODAY.minusDays(3), 1000, ""),
                new Entry(TODAY.minusDays(2), 4000, ""), new Entry(TODAY, 0, "")));
    }

    static List<Habit> habits(int version) {
        List<Habit> habits = new ArrayList<>(List.of(walk(), gym(), Habit.yesNo("Empty", 1, 1, List.of()),
                Habit.yesNo("Read", 1, 1, List.of(new Entry(TODAY, 2, ""))),
                Habit.yesNo("Read", 1, 1, List.of(new Entry(TODAY.minusDays(1), 2, ""))).inArchive()));
        if (version >= 18) {
            habits.add(run());
            habits.add(coffee());
        }
        return habits;
    }

    @Test
    void everyLoopSchemaVersionComesOverWithLoopsScores() {
        for (int version = 9; version <= 25; version++) {
            Person person = person("v" + version);
            List<Habit> habits = habits(version);

            List<LoopImportService.ImportedStep> imported = services.loopImport().importFile(person,
                    LoopFiles.backup(version, habits), null, ENGLISH);

            assertThat(imported).as("version %d", version).hasSize(habits.size())
                    .allMatch(LoopImportService.ImportedStep::made);
            for (int i = 0; i < habits.size(); i++) {
                assertThat(imported.get(i).strength()).as("%s in version %d", habits.get(i).name(), version)
                        .isCloseTo(loopScore(habits.get(i), version), within(1e-9));
            }
            assertThat(imported.get(0).step().action()).isEqualTo("Walk, then stretch");
            assertThat(imported.get(4).archived()).isTrue();
        }
    }

    @Test
    void theCsvZipComesOverAsTheBackupDoes() {
        List<Habit> habits = habits(25);
        List<LoopImportService.ImportedStep> imported = services.loopImport().importFile(ana,
                LoopFiles.csvZip(habits), null, ENGLISH);

        assertThat(imported).extracting(step -> step.step().action())
                .containsExactly("Walk, then stretch", "Gym ✓ 💪", "Empty", "Read", "Read", "Run", "Coffee");
        for (int i = 0; i < habits.size(); i++) {
            assertThat(imported.get(i).strength()).as(habits.get(i).name())
                    .isCloseTo(loopScore(habits.get(i), 25), within(1e-9));
        }
        assertThat(services.checkIns().list(ana, imported.get(0).step().id(), TODAY, TODAY).get(0).checkIn().note())
                .isEqualTo("in the rain, happily");
    }

    @Test
    void importingTwiceAddsOnlyTheDaysAStepLacks() {
        byte[] backup = LoopFiles.backup(25, habits(25));
        services.loopImport().importFile(ana, backup, null, ENGLISH);
        long checkIns = count("check_ins");

        List<LoopImportService.ImportedStep> again = services.loopImport().importFile(ana, backup, null, ENGLISH);
        List<LoopImportService.ImportedStep> fromCsv = services.loopImport().importFile(ana,
                LoopFiles.csvZip(habits(25)), null, ENGLISH);

        assertThat(again).noneMatch(LoopImportService.ImportedStep::made).allMatch(step -> step.daysAdded() == 0);
        assertThat(fromCsv).noneMatch(LoopImportService.ImportedStep::made);
        assertThat(count("steps")).isEqualTo(7);
        assertThat(count("aims")).isEqualTo(1);
        assertThat(count("check_ins")).isEqualTo(checkIns);

        List<Habit> later = habits(25);
        Habit walk = later.get(0);
        List<Entry> more = new ArrayList<>(walk.entries());
        more.add(new Entry(TODAY.minusDays(1), 2, ""));
        later.set(0, Habit.yesNo(walk.name(), 1, 1, more));
        List<LoopImportService.ImportedStep> merged = services.loopImport().importFile(ana,
                LoopFiles.csvZip(later), null, ENGLISH);
        assertThat(merged.get(0).daysAdded()).isEqualTo(1);
        assertThat(count("check_ins")).isEqualTo(checkIns + 1);
    }

    @Test
    void archivedHabitsAreKeptButNotOnToday() {
        List<LoopImportService.ImportedStep> imported = services.loopImport().importFile(ana,
                LoopFiles.backup(25, habits(25)), null, ENGLISH);

        long archived = imported.get(4).step().id();
        assertThat(services.steps().find(ana, archived).action()).isEqualTo("Read");
        assertThat(services.today().today(ana).steps()).extracting(step -> step.step().id())
                .hasSize(6).doesNotContain(archived);
    }

    @Test
    void newStepsGoInTheAimThePersonPicks() {
        long aim = services.aims().create(ana, new coach.kaizen.core.aim.AimDraft("Move",
                coach.kaizen.core.aim.AimKind.BUILD)).id();
        List<LoopImportService.ImportedStep> imported = services.loopImport().importFile(ana,
                LoopFiles.backup(25, List.of(walk())), aim, ENGLISH);
        assertThat(imported.get(0).step().aimId()).isEqualTo(aim);
        assertThat(count("aims")).isEqualTo(1);
    }

    @Test
    void everyBadFileIsRefusedWithWhatIsWrongAndChangesNothing() {
        byte[] good = LoopFiles.backup(25, habits(25));
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("exchange.loop.problem.damaged|exchange.loop.problem.unreadable",
                () -> java.util.Arrays.copyOf(good, good.length / 2));
        files.put("exchange.loop.problem.notLoopFile", () -> "Date,Value\n2026-05-01,2\n".getBytes());
        files.put("exchange.loop.problem.notLoop", () -> sqliteWithout());
        files.put("exchange.loop.problem.newer", () -> LoopFiles.backup(25, habits(25), "pragma user_version = 26"));
        files.put("exchange.loop.problem.extraTable",
                () -> LoopFiles.backup(25, habits(25), "create table Secrets (x text)"));
        files.put("exchange.loop.problem.runs", () -> LoopFiles.backup(25, habits(25),
                "create trigger wipe after insert on Habits begin delete from Repetitions; end"));
        files.put("exchange.loop.problem.zipName", () -> LoopFiles.zip(Map.of("../../etc/Habits.csv", "Name\n")));
        files.put("exchange.loop.problem.zipTooBig", LoopImportContract::zipBomb);
        files.put("exchange.loop.problem.noHabitsFile", () -> LoopFiles.zip(Map.of("Scores.csv", "Date,\n")));
        files.put("exchange.loop.problem.csvDate", () -> LoopFiles.zip(Map.of("Habits.csv",
                "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n001,Walk,YES_NO,1,1\n",
                "001 Walk/Checkmarks.csv", "Date,Value,Notes\n01/06/2026,YES_MANUAL,\n")));
        files.put("exchange.loop.problem.zipDamaged", () -> java.util.Arrays.copyOf(LoopFiles.csvZip(habits(25)), 40));
        files.put("exchange.loop.problem.tooBig", () -> new byte[(int) LoopImportService.MAX_BYTES + 1]);
        files.put("exchange.loop.problem.schedule", () -> LoopFiles.backup(25,
                List.of(walk(), Habit.yesNo("Dentist", 1, 180, List.of()))));

        for (Map.Entry<String, Supplier<byte[]>> file : files.entrySet()) {
            byte[] bytes = file.getValue().get();
            Throwable thrown = catchThrowable(() -> services.loopImport().importFile(ana, bytes, null, ENGLISH));
            assertThat(thrown).as(file.getKey()).isInstanceOfAny(Invalid.class, Rejected.class)
                    .satisfies(e -> assertThat(List.of(file.getKey().split("\\|")))
                            .contains(((Explained) e).said().key()));
            assertThat(count("steps") + count("aims") + count("check_ins") + count("loop_habits"))
                    .as("nothing changed by " + file.getKey()).isZero();
        }
    }

    private static byte[] sqliteWithout() {
        return LoopFiles.backup(25, List.of(), "drop table Repetitions", "pragma user_version = 0");
    }

    /** One entry of 70 MB of zeros, a few hundred kilobytes zipped. */
    private static byte[] zipBomb() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            out.putNextEntry(new java.util.zip.ZipEntry("Habits.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Person person(String name) {
        return db.transaction((Stores s) -> s.users().create(Person.newcomer(name, ZoneId.of("UTC"), 0), null, false,
                START)).orElseThrow();
    }

    private long count(String table) {
        return test.count(table);
    }

    /**
     * Loop's score today for the habit, from its first entry on, as Loop's ScoreList computes it: a
     * yes-no habit through {@link ScoreList} (golden-tested against Loop's own values); a numerical
     * one by Loop's numerical branch, written out here. Before schema 16 every repetition is done.
     */
    static double loopScore(Habit habit, int version) {
        if (habit.entries().isEmpty()) {
            return 0;
        }
        LocalDate first = habit.entries().stream().map(Entry::day).min(LocalDate::compareTo).orElseThrow();
        int days = (int) (TODAY.toEpochDay() - first.toEpochDay()) + 1;
        int[] values = new int[days];
        java.util.Arrays.fill(values, -1);
        for (Entry entry : habit.entries()) {
            values[(int) (entry.day().toEpochDay() - first.toEpochDay())] = version < 16 ? 2 : entry.value();
        }
        if (habit.unit() == null) {
            double[] done = new double[days];
            for (int i = 0; i < days; i++) {
                done[i] = values[i] == 3 ? ScoreList.SKIP : values[i] == 2 ? 1 : 0;
            }
            double[] scores = ScoreList.scores(new Frequency(habit.times(), habit.days()), done);
            return scores[days - 1];
        }
        boolean atMost = habit.targetType() == 1;
        double frequency = (double) habit.times() / habit.days();
        double multiplier = Math.pow(0.5, Math.sqrt(frequency) / 13.0);
        double score = atMost ? 1 : 0;
        double rolling = 0;
        for (int i = 0; i < days; i++) {
            rolling += Math.max(0, values[i]);
            if (i - habit.days() >= 0) {
                rolling -= Math.max(0, values[i - habit.days()]);
            }
            double sum = rolling / 1000;
            double met = atMost ? Math.max(0, Math.min(1, 1 - (sum - habit.target()) / habit.target()))
                    : Math.min(1, sum / habit.target());
            score = score * multiplier + met * (1 - multiplier);
        }
        return score;
    }
}
