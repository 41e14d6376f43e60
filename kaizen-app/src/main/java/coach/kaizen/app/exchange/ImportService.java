package coach.kaizen.app.exchange;

import coach.kaizen.app.account.Settings;
import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.ExchangeStore;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.reminders.ReminderService;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.exchange.DocumentCheck;
import coach.kaizen.core.exchange.Entry;
import coach.kaizen.core.exchange.KaizenDocument;
import coach.kaizen.core.exchange.Merge;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.reminder.ReminderTimes;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Brings our own document (an export) into a person's account, in one transaction: a document
 * that is refused changes nothing. It goes into an empty account or beside what is there; an
 * entry the account already has (the same natural key: an aim's title, kind and when it was
 * made, a step's aim, action and when it was made, a step's day, …) is not added again, so the
 * same document imported twice adds nothing the second time. The account's settings come over
 * only into an account with no aims yet; the username and password never change. Each step's
 * progress is replayed from its check-ins afterwards, as after any change of its past.
 */
public final class ImportService {

    /** The biggest document taken, the same as any request body. */
    public static final long MAX_BYTES = LoopImportService.MAX_BYTES;
    /** The first zone a new day reaches (Kiribati's Line Islands): no person's today is later than its. */
    private static final ZoneOffset LATEST_ON_EARTH = ZoneOffset.ofHours(14);

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;
    private final ReminderService reminders;

    public ImportService(Database database, Engine engine, PersonalClock clock, ReminderService reminders) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.reminders = reminders;
    }

    /**
     * What the import added, by kind in the document's order ("aims" → 2, …), and the account as its
     * settings left it when they came over (null when they did not), so the page can say what changed.
     *
     * @param heldNothing the file had nothing of a person's in it, settings aside
     */
    public record Imported(Map<String, Integer> added, Person settledAs, boolean heldNothing) {

        /** Whether the document's settings came over: into an account with no aims yet. */
        public boolean settings() {
            return settledAs != null;
        }

        /** The file held nothing to bring, and no settings came over either: nothing at all changed. */
        public boolean nothingToBring() {
            return heldNothing && !settings();
        }

        public int total() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Told how far an import has come: {@code done} of {@code total} stages (a kind added, the replay). */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> { };

        void reached(int done, int total);
    }

    public Imported importDocument(Person person, byte[] json) {
        return importDocument(person, json, Progress.NONE);
    }

    public Imported importDocument(Person person, byte[] json, Progress progress) {
        if (json.length > MAX_BYTES) {
            throw new Rejected(Message.of("exchange.problem.tooBig", Long.toString(MAX_BYTES / (1024 * 1024))));
        }
        KaizenDocument document = KaizenJson.read(json);
        rejecting(() -> DocumentCheck.check(document));
        Person wanted = document.settings() == null ? null : Invalid.check(() -> Settings.apply(person,
                new Settings(document.settings().timeZone(), document.settings().dayStartHour(),
                        document.settings().weekStart(), document.settings().language(),
                        document.settings().country(), document.settings().theme())));
        // Today where it is latest on Earth: a person who moved west keeps a check-in on what is now their
        // tomorrow, and their own export of it must come back.
        LocalDate today = LocalDate.ofInstant(clock.now(), LATEST_ON_EARTH);
        rejecting(() -> DocumentCheck.checkInsFit(document, today));
        return database.transaction(stores -> merged(stores, person, document, wanted, progress));
    }

    private static void rejecting(Runnable check) {
        try {
            check.run();
        } catch (Refused e) {
            throw new Rejected(e.said());
        }
    }

    private Imported merged(Stores stores, Person person, KaizenDocument document, Person wanted,
            Progress progress) {
        long userId = person.id();
        ExchangeStore store = stores.exchange();
        KaizenDocument account = store.account(userId);
        boolean settings = wanted != null && account.aims().isEmpty();
        if (settings) {
            stores.users().change(wanted);
            KaizenDocument.Quiet quiet = document.settings().quietHours();
            String session = document.settings().sessionReminder();
            reminders.setTimes(stores, person, quiet == null ? null : quiet.hours(),
                    session == null ? null : ReminderTimes.parse(session));
        }
        Added added = new Added(progress);
        Map<Long, Long> aimIds = ids(document.aims(), account.aims(), KaizenDocument.Aim::id,
                aim -> store.addAim(userId, aim), added, "aims");
        Map<Long, Long> stepIds = ids(document.steps().stream().map(step -> step.onAim(aimIds.get(step.aim())))
                .toList(), account.steps(), KaizenDocument.Step::id, step -> addStep(stores, person, step), added, "steps");
        add(added, "checkIns", Merge.onSteps(document.checkIns(), stepIds, account.checkIns()),
                entries -> store.addCheckIns(userId, entries));
        add(added, "stepChoices", Merge.onSteps(document.stepChoices(), stepIds, account.stepChoices()),
                entries -> store.addStepChoices(userId, entries));
        add(added, "readiness", Merge.besides(document.readiness(), account.readiness()),
                entries -> store.addReadiness(userId, entries));
        add(added, "dailySessions", Merge.besides(document.dailySessions(), account.dailySessions()),
                entries -> store.addDailySessions(userId, entries));
        add(added, "journal", Merge.besides(document.journal().stream()
                        .map(entry -> entry.onAim(entry.aim() == null ? null : aimIds.get(entry.aim()))).toList(),
                account.journal()), entries -> store.addJournal(userId, entries));
        add(added, "obstacles", Merge.onAims(document.obstacles(), aimIds, account.obstacles()),
                entries -> store.addObstacles(userId, entries));
        add(added, "experiments", Merge.onSteps(document.experiments(), stepIds, account.experiments()),
                entries -> store.addExperiments(userId, entries));
        add(added, "recoveryWins", Merge.onAims(document.recoveryWins(), aimIds, account.recoveryWins()),
                entries -> store.addRecoveryWins(userId, entries));
        add(added, "urges", Merge.onAims(document.urges(), aimIds, account.urges()),
                entries -> store.addUrges(userId, entries));
        add(added, "slips", Merge.onAims(document.slips(), aimIds, account.slips()),
                entries -> store.addSlips(userId, entries));
        add(added, "notSpent", Merge.onAims(document.notSpent(), aimIds, account.notSpent()),
                entries -> store.addNotSpent(userId, entries));
        add(added, "safetyPlan", document.safetyPlan() == null || account.safetyPlan() != null ? List.of()
                : List.of(document.safetyPlan()), entries -> entries.forEach(plan -> store.addSafetyPlan(userId, plan)));
        add(added, "strengths", Merge.besides(document.strengths(), account.strengths()),
                entries -> store.addStrengths(userId, entries));
        if (added.counts.values().stream().anyMatch(count -> count > 0)) {
            replayAll(stores, userId);
        }
        progress.reached(Added.STAGES, Added.STAGES);
        return new Imported(added.counts, settings ? wanted : null, document.holdsNothing());
    }

    private long addStep(Stores stores, Person person, KaizenDocument.Step step) {
        long id = stores.exchange().addStep(person.id(), step);
        reminders.setStepTimes(stores, person, id, ReminderTimes.parse(step.reminders()));
        return id;
    }

    /**
     * The account's id for each of the document's: the entry the account has with the same
     * natural key, or the one added now.
     */
    private static <T extends Entry> Map<Long, Long> ids(List<T> incoming, List<T> existing, Function<T, Long> id,
            Function<T, Long> add, Added added, String kind) {
        Map<List<Object>, Long> byKey = new HashMap<>();
        existing.forEach(entry -> byKey.put(entry.key(), id.apply(entry)));
        Map<Long, Long> ids = new HashMap<>();
        int made = 0;
        for (T entry : incoming) {
            Long before = byKey.get(entry.key());
            if (before == null) {
                before = add.apply(entry);
                byKey.put(entry.key(), before);
                made++;
            }
            ids.put(id.apply(entry), before);
        }
        added.put(kind, made);
        return ids;
    }

    private static <T> void add(Added added, String kind, List<T> entries, Consumer<List<T>> store) {
        store.accept(entries);
        added.put(kind, entries.size());
    }

    /** How many of each kind came in, in the document's order, told to the progress as they come. */
    private static final class Added {

        /** The kinds of the document, then the replay. */
        static final int STAGES = 16;

        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Progress progress;

        Added(Progress progress) {
            this.progress = progress;
        }

        void put(String kind, int count) {
            counts.put(kind, count);
            progress.reached(counts.size(), STAGES);
        }
    }

    /**
     * Every step's progress rebuilt: new days, choices or readiness may change any of them. A step
     * with no history keeps none, as in the app.
     */
    private void replayAll(Stores stores, long userId) {
        Instant now = clock.now();
        Set<Long> withHistory = stores.progress().stepsWithHistory(userId);
        for (Step step : stores.steps().list(userId)) {
            if (withHistory.contains(step.id())) {
                stores.keepReplayed(engine, userId, step, now);
            }
        }
    }
}
