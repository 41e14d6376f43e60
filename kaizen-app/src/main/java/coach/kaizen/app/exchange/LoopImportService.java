package coach.kaizen.app.exchange;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.LoopBackupFile;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.loop.LoopCsv;
import coach.kaizen.core.loop.LoopHistory;
import coach.kaizen.core.loop.LoopImport;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Brings a person's habits over from Loop Habit Tracker: a Loop backup (its SQLite file) or its
 * CSV export (a zip). Each habit becomes a step, in the aim the person picks or else in one aim
 * of its own ("From Loop"), with its days as check-ins, all in one transaction: a file that is
 * refused, or a habit in it, changes nothing.
 *
 * <p>Importing again does not double anything: a habit imported before (the same Loop id, or,
 * where either side has none, the same name at the same place in Loop's list) gets only the days
 * its step does not have yet, on or after the step's first day; a day the step already has is
 * kept as it is, whatever the file says.
 */
public final class LoopImportService {

    /** The biggest file taken, the same as any request body. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What makes a file unreadable rather than refused: it is not well formed (400, not 422). */
    private static final Set<String> MALFORMED = Set.of("exchange.loop.problem.unreadable",
            "exchange.loop.problem.damaged", "exchange.loop.problem.zipDamaged", "exchange.loop.problem.notText",
            "exchange.loop.problem.csvQuote", "exchange.loop.problem.csvValue", "exchange.loop.problem.csvDate",
            "exchange.loop.problem.csvColumn", "exchange.loop.problem.timestamp");

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public LoopImportService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The words imported steps need, in the person's language.
     *
     * @param aimTitle the aim for the habits when the person picks none ("From Loop")
     */
    public record Wording(LoopImport.Words step, String aimTitle) {
    }

    /** A step the import made or added days to, with its strength today and how many days came. */
    public record ImportedStep(Step step, boolean made, boolean archived, int daysAdded, double strength) {
    }

    /**
     * Imports the file into the person's aim {@code aimId}, or, when null, into the aim titled
     * {@code wording.aimTitle()} (made the first time).
     */
    public List<ImportedStep> importFile(Person person, byte[] file, Long aimId, Wording wording) {
        LocalDate today = clock.today(person);
        List<LoopImport.ImportedHabit> habits = new ArrayList<>();
        for (LoopHistory history : said(() -> histories(file))) {
            habits.add(said(() -> LoopImport.read(history, today, wording.step())));
        }
        return database.transaction(stores -> {
            Aim aim = aimId == null ? null : stores.aims().find(person.id(), aimId)
                    .orElseThrow(() -> new NotFound("aim"));
            Map<Long, LoopImport.Origin> origins = stores.loop().origins(person.id());
            Set<Long> matched = new HashSet<>();
            List<ImportedStep> imported = new ArrayList<>();
            for (LoopImport.ImportedHabit habit : habits) {
                Optional<Long> before = origins.entrySet().stream()
                        .filter(origin -> !matched.contains(origin.getKey()) && origin.getValue().isOf(habit.habit()))
                        .map(Map.Entry::getKey).findFirst();
                if (before.isPresent()) {
                    matched.add(before.get());
                    imported.add(merge(stores, person, before.get(), habit, today));
                } else {
                    aim = aim == null ? fromLoop(stores, person, wording.aimTitle()) : aim;
                    imported.add(make(stores, person, aim, habit, today));
                }
            }
            return imported;
        });
    }

    /** Whether {@code file} is of a kind Loop writes: a zip (its CSV export) or an SQLite file (its backup). */
    public static boolean looksLikeLoop(byte[] file) {
        return FileKind.zip(file) || FileKind.sqlite(file);
    }

    private static List<LoopHistory> histories(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new Refused("exchange.loop.problem.tooBig", Long.toString(MAX_BYTES / (1024 * 1024)));
        }
        if (FileKind.zip(file)) {
            return LoopCsv.read(Zips.read(file));
        }
        if (!FileKind.sqlite(file)) {
            throw new Refused("exchange.loop.problem.notLoopFile");
        }
        Path copy = null;
        try {
            // SQLite reads files, not bytes: a private copy, read-only, gone when read.
            copy = Files.createTempFile("kaizen-loop-", ".db");
            Files.write(copy, file);
            return LoopBackupFile.read(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path copy) {
        try {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }

    /** What the file's reading refuses, said to the person: unreadable (400) or refused (422). */
    private static <T> T said(Supplier<T> read) {
        try {
            return read.get();
        } catch (Refused e) {
            Message said = e.said();
            throw MALFORMED.contains(said.key()) ? new Invalid(said) : new Rejected(said);
        }
    }

    private Aim fromLoop(Stores stores, Person person, String title) {
        return stores.aims().list(person.id()).stream()
                .filter(aim -> aim.kind() == AimKind.BUILD && aim.title().equals(title)).findFirst()
                .orElseGet(() -> stores.aims().create(person.id(), new AimDraft(title, AimKind.BUILD), clock.now()));
    }

    private ImportedStep make(Stores stores, Person person, Aim aim, LoopImport.ImportedHabit habit, LocalDate today) {
        long userId = person.id();
        Instant now = clock.now();
        Step made = stores.steps().create(userId, aim.id(), habit.draft(), habit.startDay(), now)
                .orElseThrow(() -> new NotFound("aim"));
        Step step = stores.steps().markFromLoop(userId, made, habit.measure(), habit.habit().archived());
        stores.loop().save(userId, step.id(), habit.habit());
        return saved(stores, userId, step, habit.checkIns(), true, habit.habit().archived(), today);
    }

    private ImportedStep merge(Stores stores, Person person, long stepId, LoopImport.ImportedHabit habit,
            LocalDate today) {
        long userId = person.id();
        Step step = stores.steps().findForUpdate(userId, stepId).orElseThrow(() -> new NotFound("step"));
        Set<LocalDate> taken = new HashSet<>();
        stores.checkIns().history(userId, stepId).forEach(checkIn -> taken.add(checkIn.day()));
        List<CheckIn> added = habit.besides(taken).stream()
                .filter(checkIn -> !checkIn.day().isBefore(step.startDay())).toList();
        boolean archived = stores.steps().archived(userId).contains(stepId);
        return saved(stores, userId, step, added, false, archived, today);
    }

    private ImportedStep saved(Stores stores, long userId, Step step, List<CheckIn> checkIns, boolean made,
            boolean archived, LocalDate today) {
        Instant now = clock.now();
        for (CheckIn checkIn : checkIns) {
            stores.checkIns().save(userId, step.id(), checkIn, now);
        }
        StepProgress progress = stores.keepReplayed(engine, userId, step, now);
        double strength = progress.strength().asOf(today, step.schedule(), step.measure()).value();
        return new ImportedStep(step, made, archived, checkIns.size(), strength);
    }
}
