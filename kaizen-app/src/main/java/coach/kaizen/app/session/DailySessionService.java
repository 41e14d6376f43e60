package coach.kaizen.app.session;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.practice.ExperimentService;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.recovery.RecoveryService;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.ReadinessService;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.session.DailyQuestion;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.LookBack;
import coach.kaizen.core.session.OutOfTurn;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.session.SessionFacts;
import coach.kaizen.core.session.SessionRules;
import coach.kaizen.core.session.Situations;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The guided daily session: arrive, look back, today, then what the coach chose of the question,
 * an obstacle and an experiment's verdict, and the close. Left half-way, it resumes where it stopped.
 * What the session decides is the core's ({@code coach.kaizen.core.session}); here it is read and saved.
 */
public final class DailySessionService {

    public static final int MAX_ANSWER = 1000;

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;
    private final Questions questions;
    private final ReadinessService readiness;
    private final ObstacleService obstacles;
    private final ExperimentService experiments;
    private final RecoveryService recovery;

    public DailySessionService(Database database, Engine engine, PersonalClock clock, Questions questions,
            ReadinessService readiness, ObstacleService obstacles, ExperimentService experiments,
            RecoveryService recovery) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.questions = questions;
        this.readiness = readiness;
        this.obstacles = obstacles;
        this.experiments = experiments;
        this.recovery = recovery;
    }

    /** Today's session, if it was begun. */
    public Optional<DailySession> find(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> stores.dailySessions().find(person.id(), day));
    }

    /** The person's session on {@code day} with what each of its parts holds; a fresh one before they arrive. */
    public SessionView view(Person person, LocalDate day) {
        return database.read(stores -> view(stores, person, day));
    }

    /**
     * Says how the person is today and chooses the session's parts from it. Saying it again
     * chooses again; parts done stay done and the day's question stays the same.
     */
    public DailySession arrive(Person person, Readiness said) {
        LocalDate day = clock.today(person);
        return database.transaction(stores -> {
            readiness.save(stores, person, day, said);
            DailySession session = stores.dailySessions().begin(person.id(), day, clock.now());
            List<StepHistory> steps = stores.histories(person.id());
            String questionId = DailyQuestion.of(session, person.id(), questions.bank(),
                    Situations.of(engine, day, steps), stores.aims().list(person.id()),
                    stores.journal().askedSince(person.id(), DailyQuestion.askedSince(day)));
            List<Part> parts = SessionRules.parts(facts(stores, person, day, said, questionId, steps));
            return save(stores, person, session.arrived(parts, questionId));
        });
    }

    /** Moves past a part that needs no answer: look back, today, an obstacle or an experiment. */
    public DailySession next(Person person, Part part) {
        return move(person, session -> session.movedPast(part));
    }

    /** Keeps the answer in the journal, about one of the person's aims or none. */
    public DailySession answer(Person person, Long aimId, String answer) {
        String words = Invalid.check(() -> Text.required(answer, "answer", MAX_ANSWER));
        return keep(person, aimId, words);
    }

    /** Passes the day's question by: it is not asked again for two weeks. An answer given stays. */
    public DailySession skip(Person person) {
        return keep(person, null, null);
    }

    /** Refuses a part today's session does not have, before anything of it is saved. */
    public void requirePart(Person person, Part part) {
        LocalDate day = clock.today(person);
        database.read(stores -> inTurn(() -> stored(stores, person.id(), day).require(part)));
    }

    /** Ends the day's session: recorded as finished. */
    public DailySession finish(Person person) {
        return move(person, DailySession::closed);
    }

    private DailySession keep(Person person, Long aimId, String words) {
        LocalDate day = clock.today(person);
        return database.transaction(stores -> {
            DailySession session = stored(stores, person.id(), day);
            // Kept as it was asked: in the person's language.
            Question question = inTurn(() -> session.toAnswer(questions.in(person.language())));
            DailySession answered = inTurn(() -> session.answered(words != null));
            if (aimId != null) {
                stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            }
            stores.journal().save(person.id(), day, question, aimId, words, clock.now());
            return save(stores, person, answered);
        });
    }

    /** Reads today's session, makes {@code move} on it and saves where it led, in one transaction. */
    private DailySession move(Person person, UnaryOperator<DailySession> move) {
        LocalDate day = clock.today(person);
        return database.transaction(stores -> save(stores, person,
                inTurn(() -> move.apply(stored(stores, person.id(), day)))));
    }

    /** The day's session as saved, or a fresh one when the person has not arrived yet. */
    private static DailySession stored(Stores stores, long userId, LocalDate day) {
        return stores.dailySessions().find(userId, day).orElseGet(() -> DailySession.fresh(day));
    }

    private DailySession save(Stores stores, Person person, DailySession session) {
        stores.dailySessions().save(person.id(), session, clock.now());
        return session;
    }

    private SessionView view(Stores stores, Person person, LocalDate day) {
        DailySession session = stored(stores, person.id(), day);
        Readiness said = stores.readiness().find(person.id(), day).orElse(Readiness.UNKNOWN);
        if (!session.isPlanned()) {
            return SessionView.arriving(session, said.crisis());
        }
        List<StepHistory> steps = stores.histories(person.id());
        List<Aim> aims = stores.aims().list(person.id());
        return new SessionView(session, said.crisis(),
                session.question(questions.in(person.language())).orElse(null), aims,
                session.has(Part.LOOK_BACK) ? lookBack(stores, person.id(), day, steps) : List.of(),
                session.has(Part.OBSTACLE) ? obstacles.attention(stores, person, day, steps).orElse(null) : null,
                session.has(Part.EXPERIMENT) ? experiments.waiting(stores, person, day).orElse(null) : null,
                close(stores, person, day, steps, aims, said));
    }

    private SessionFacts facts(Stores stores, Person person, LocalDate day, Readiness said, String questionId,
            List<StepHistory> steps) {
        long userId = person.id();
        boolean obstacleDue = SessionRules.obstacleDue(day,
                stores.dailySessions().lastWith(userId, Part.OBSTACLE, day).orElse(null),
                obstacles.attention(stores, person, day, steps).isPresent());
        return new SessionFacts(engine.settings().isHardDay(said), said.crisis(),
                !lookBack(stores, userId, day, steps).isEmpty(), questionId != null, obstacleDue,
                experiments.waiting(stores, person, day).isPresent());
    }

    /** The days nothing was said of, for the steps on Today: a step set aside is asked of no day. */
    private static List<LookBack.Unsaid> lookBack(Stores stores, long userId, LocalDate day, List<StepHistory> steps) {
        Set<Long> aside = Set.copyOf(stores.steps().archived(userId));
        return LookBack.days(steps.stream().filter(history -> !aside.contains(history.step().id())).toList(), day,
                stores.dailySessions().lastBefore(userId, day).orElse(null), day.minusDays(CheckInService.LATE_DAYS));
    }

    private Close close(Stores stores, Person person, LocalDate day, List<StepHistory> steps, List<Aim> aims,
            Readiness said) {
        Map<Long, RecoveryTally> tallies = aims.stream().filter(aim -> aim.kind() == AimKind.RECOVER)
                .collect(Collectors.toMap(Aim::id, aim -> recovery.panel(stores, person, aim, day).tally()));
        return Close.of(day, steps, aims, tallies, engine.settings().isHardDay(said), said.crisis());
    }

    /** The session's refusals, as the shell words a request it cannot take. */
    private static <T> T inTurn(Supplier<T> move) {
        try {
            return move.get();
        } catch (OutOfTurn e) {
            throw new Rejected(e.said());
        }
    }
}
