package coach.kaizen.app.session;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.app.i18n.Texts;
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
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.session.Close;
import coach.kaizen.core.session.DailySession;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.session.Question;
import coach.kaizen.core.session.QuestionBank;
import coach.kaizen.core.session.SessionFacts;
import coach.kaizen.core.session.SessionRules;
import coach.kaizen.core.session.Situations;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guided daily session: arrive, look back, today, then what the coach chose of the question,
 * an obstacle and an experiment's verdict, and the close. Left half-way, it resumes where it stopped.
 */
public final class DailySessionService {

    public static final int MAX_ANSWER = 1000;
    /** The parts moved past with "next": the others end by answering them. */
    private static final Set<Part> MOVED_PAST = EnumSet.of(Part.LOOK_BACK, Part.TODAY, Part.OBSTACLE, Part.EXPERIMENT);

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;
    private final Questions questions;
    private final ReadinessService readiness;
    private final ObstacleService obstacles;
    private final ExperimentService experiments;

    public DailySessionService(Database database, Engine engine, PersonalClock clock, Questions questions,
            ReadinessService readiness, ObstacleService obstacles, ExperimentService experiments) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
        this.questions = questions;
        this.readiness = readiness;
        this.obstacles = obstacles;
        this.experiments = experiments;
    }

    /** A day a step was due and nothing was said of it. */
    public record LookBackDay(Step step, LocalDate day) {
    }

    /** The close: one small win, and the votes for each identity statement, in the person's language. */
    public record Closing(String win, List<String> votes) {
    }

    /** Today's session, if it was begun. */
    public Optional<DailySession> find(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> stores.dailySessions().find(person.id(), day));
    }

    /** Today's session, begun if it was not. */
    public DailySession open(Person person) {
        LocalDate day = clock.today(person);
        return database.transaction(stores -> stores.dailySessions().begin(person.id(), day, clock.now()));
    }

    /**
     * Says how the person is today and chooses the session's parts from it. Saying it again
     * chooses again; parts done stay done and the day's question stays the same.
     */
    public DailySession arrive(Person person, Readiness said) {
        LocalDate day = clock.today(person);
        readiness.save(person, day, said);
        return database.transaction(stores -> {
            DailySession session = stores.dailySessions().begin(person.id(), day, clock.now());
            List<StepHistory> steps = stores.histories(person.id());
            String questionId = session.questionId() != null ? session.questionId()
                    : pickQuestion(stores, person, day, steps);
            List<Part> parts = SessionRules.parts(facts(stores, person.id(), day, said, questionId, steps));
            return save(stores, person, new DailySession(day, parts, plus(session.done(), Part.ARRIVE), questionId,
                    session.finished()));
        });
    }

    /** Moves past a part that needs no answer: look back, today, an obstacle or an experiment. */
    public DailySession next(Person person, Part part) {
        if (!MOVED_PAST.contains(part)) {
            throw new Rejected(Message.of("session.problem.answeredNotMoved", part.code(), named(part)));
        }
        return database.transaction(stores -> markDone(stores, person, part));
    }

    /** The days since the last session (a week at most) when a step was due and nothing was said. */
    public List<LookBackDay> lookBack(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> lookBack(stores, person.id(), day, stores.histories(person.id())));
    }

    /** The day's question in the person's language, once the person has arrived and one was left to ask. */
    public Optional<Question> question(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> stores.dailySessions().find(person.id(), day))
                .map(DailySession::questionId).flatMap(questions.in(person.language())::find);
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
        database.read(stores -> checkHas(planned(stores, person), part));
    }

    /** The day's answer says the person is in crisis: the card comes first. */
    public boolean inCrisis(Person person) {
        return readiness.find(person, clock.today(person)).crisis();
    }

    public Optional<ObstacleService.Attention> obstacle(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> obstacles.attention(stores, person.id(), day,
                stores.histories(person.id())));
    }

    public Optional<ExperimentService.Trial> trialToDecide(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> experiments.waiting(stores, person.id(), day));
    }

    public Closing closing(Person person) {
        LocalDate day = clock.today(person);
        return database.read(stores -> {
            List<StepHistory> steps = stores.histories(person.id());
            List<Close.Said> said = steps.stream().flatMap(step -> step.between(day, day)
                    .map(checkIn -> new Close.Said(step.step().action(), checkIn.outcome()))).toList();
            boolean hard = engine.settings().isHardDay(
                    stores.readiness().find(person.id(), day).orElse(Readiness.UNKNOWN));
            List<Aim> aims = stores.aims().list(person.id());
            Map<Long, RecoveryTally> tallies = aims.stream().filter(aim -> aim.kind() == AimKind.RECOVER)
                    .collect(Collectors.toMap(Aim::id,
                            aim -> RecoveryService.panel(stores, person.id(), aim, day).tally()));
            Texts texts = Catalog.shipped().texts(person.language());
            List<String> recoveryWins = tallies.values().stream().flatMap(tally -> tally.todaysWins().stream())
                    .map(texts::say).toList();
            List<Message> votes = aims.stream().filter(aim -> aim.identity() != null)
                    .map(aim -> votes(aim, steps, day, tallies.get(aim.id()))).toList();
            return new Closing(texts.say(Close.win(said, recoveryWins, hard)),
                    votes.stream().map(texts::say).toList());
        });
    }

    /** Ends the day's session: recorded as finished. */
    public DailySession finish(Person person) {
        return database.transaction(stores -> {
            DailySession session = planned(stores, person);
            if (session.current().filter(part -> part != Part.CLOSE).isPresent()) {
                throw new Rejected(Message.of("session.problem.closesLast", session.current().get().code(),
                        named(session.current().get())));
            }
            return save(stores, person, new DailySession(session.day(), session.parts(),
                    plus(session.done(), Part.CLOSE), session.questionId(), true));
        });
    }

    private DailySession keep(Person person, Long aimId, String words) {
        LocalDate day = clock.today(person);
        return database.transaction(stores -> {
            DailySession session = planned(stores, person);
            // Kept as it was asked: in the person's language.
            Question question = questions.in(person.language())
                    .find(Objects.requireNonNullElse(session.questionId(), ""))
                    .filter(q -> session.has(Part.QUESTION))
                    .orElseThrow(() -> new Rejected(Message.of("session.problem.noQuestion")));
            if (words == null && session.done().contains(Part.QUESTION)) {
                throw new Rejected(Message.of("session.problem.answeredAlready"));
            }
            if (aimId != null) {
                stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            }
            stores.journal().save(person.id(), day, question, aimId, words, clock.now());
            return markDone(stores, person, Part.QUESTION);
        });
    }

    private DailySession markDone(Stores stores, Person person, Part part) {
        DailySession session = checkHas(planned(stores, person), part);
        return save(stores, person, new DailySession(session.day(), session.parts(), plus(session.done(), part),
                session.questionId(), session.finished()));
    }

    private static DailySession checkHas(DailySession session, Part part) {
        if (!session.has(part)) {
            throw new Rejected(Message.of("session.problem.noPart", part.code(), named(part)));
        }
        return session;
    }

    private DailySession planned(Stores stores, Person person) {
        LocalDate day = clock.today(person);
        return stores.dailySessions().find(person.id(), day).filter(DailySession::isPlanned)
                .orElseThrow(() -> new Rejected(Message.of("session.problem.arriveFirst")));
    }

    private DailySession save(Stores stores, Person person, DailySession session) {
        stores.dailySessions().save(person.id(), session, clock.now());
        return session;
    }

    private SessionFacts facts(Stores stores, long userId, LocalDate day, Readiness said, String questionId,
            List<StepHistory> steps) {
        boolean obstacleDue = SessionRules.obstacleDue(day,
                stores.dailySessions().lastWith(userId, Part.OBSTACLE, day).orElse(null),
                obstacles.attention(stores, userId, day, steps).isPresent());
        return new SessionFacts(engine.settings().isHardDay(said), !lookBack(stores, userId, day, steps).isEmpty(),
                questionId != null, obstacleDue, experiments.waiting(stores, userId, day).isPresent());
    }

    private String pickQuestion(Stores stores, Person person, LocalDate day, List<StepHistory> steps) {
        boolean recovering = stores.aims().list(person.id()).stream().anyMatch(aim -> aim.kind() == AimKind.RECOVER);
        Set<String> asked = stores.journal().askedSince(person.id(),
                day.minusDays(QuestionBank.REPEAT_AFTER_DAYS - 1L));
        long seed = Objects.hash(person.id(), day.toEpochDay());
        return questions.bank().pick(Situations.of(engine, day, steps), recovering, asked, seed)
                .map(Question::id).orElse(null);
    }

    private static List<LookBackDay> lookBack(Stores stores, long userId, LocalDate day, List<StepHistory> steps) {
        LocalDate weekAgo = day.minusDays(CheckInService.LATE_DAYS);
        LocalDate from = stores.dailySessions().lastBefore(userId, day).filter(last -> last.isAfter(weekAgo))
                .orElse(weekAgo);
        List<LookBackDay> days = new ArrayList<>();
        for (StepHistory history : steps) {
            // A times-in-days step has no particular day to miss.
            if (history.step().schedule() instanceof Schedule.TimesInDays) {
                continue;
            }
            LocalDate first = from.isAfter(history.step().startDay()) ? from : history.step().startDay();
            for (LocalDate d = first; d.isBefore(day); d = d.plusDays(1)) {
                if (history.step().schedule().isDue(d) && history.between(d, d).findAny().isEmpty()) {
                    days.add(new LookBackDay(history.step(), d));
                }
            }
        }
        return days;
    }

    /** Each done check-in of the aim's steps is a vote, and on a recovery aim ({@code tally} not null) each win. */
    private static Message votes(Aim aim, List<StepHistory> steps, LocalDate day, RecoveryTally tally) {
        List<CheckIn> done = steps.stream().filter(step -> step.step().aimId() == aim.id())
                .flatMap(step -> step.checkIns().stream()).filter(checkIn -> checkIn.outcome() == Outcome.DONE)
                .toList();
        boolean votedToday = done.stream().anyMatch(checkIn -> checkIn.day().equals(day))
                || (tally != null && !tally.todaysWins().isEmpty());
        return Close.votes(aim.identity(), done.size() + (tally == null ? 0 : tally.votes()), votedToday);
    }

    /** A part as its page calls it ("A question"), for a refusal in the person's words. */
    private static Message named(Part part) {
        return Message.of("session.part." + part.code());
    }

    private static Set<Part> plus(Set<Part> done, Part part) {
        Set<Part> more = EnumSet.of(part);
        more.addAll(done);
        return more;
    }
}
