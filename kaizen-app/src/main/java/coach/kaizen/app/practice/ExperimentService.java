package coach.kaizen.app.practice;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.experiment.Comparison;
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Experiments on how a step is done: a change tried for some days, set beside as many days before
 * it, then kept (it becomes part of the step), reverted, or followed by another try.
 */
public final class ExperimentService {

    private final Database database;
    private final PersonalClock clock;

    public ExperimentService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An experiment with its trial days beside the days before it. */
    public record Trial(Experiment experiment, Step step, Comparison comparison) {
    }

    /**
     * Starts a trial today, or tomorrow when today's step is already answered; {@code days} null
     * means a week. One trial runs per step at a time.
     */
    public Experiment start(Person person, long stepId, ExperimentKind kind, String change, Integer days) {
        LocalDate today = clock.today(person);
        int length = days == null ? Experiment.DEFAULT_DAYS : days;
        Experiment draft = Invalid.check(() -> new Experiment(0, stepId, kind, change, today, length, null, null));
        return database.transaction(stores -> {
            stores.steps().findForUpdate(person.id(), stepId).orElseThrow(() -> new NotFound("step"));
            List<Experiment> tried = forStep(stores, person.id(), stepId);
            Optional<Experiment> running = tried.stream().filter(experiment -> experiment.verdict() == null)
                    .findFirst();
            if (running.isPresent()) {
                throw new Rejected(Message.of("practice.problem.stillTried", running.get().change()));
            }
            boolean answeredToday = stores.checkIns().find(person.id(), stepId, today).isPresent();
            boolean stoppedToday = tried.stream().anyMatch(e -> e.stoppedEarly() && today.equals(e.decidedOn()));
            return stores.experiments().start(person.id(), stepId, draft.kind(), draft.change(),
                    Experiment.firstDay(today, answeredToday || stoppedToday), length, clock.now());
        });
    }

    /** The step's experiments, newest first, each beside the days before it. */
    public List<Trial> forStep(Person person, long stepId) {
        LocalDate today = clock.today(person);
        return database.read(stores -> {
            Step step = stores.steps().find(person.id(), stepId).orElseThrow(() -> new NotFound("step"));
            return forStep(stores, person.id(), stepId).stream().map(e -> trial(stores, person.id(), step, e, today))
                    .toList();
        });
    }

    /** The experiments on {@code steps} (an aim's, found by the caller), newest first; within its transaction. */
    public List<Trial> forSteps(Stores stores, Person person, List<Step> steps, LocalDate today) {
        Map<Long, Step> byId = steps.stream().collect(Collectors.toMap(Step::id, step -> step));
        return stores.experiments().list(person.id()).stream().filter(e -> byId.containsKey(e.stepId()))
                .map(e -> trial(stores, person.id(), byId.get(e.stepId()), e, today)).toList();
    }

    /**
     * Keeps, reverts or moves on from an experiment; a kept anchor becomes the step's anchor. A trial
     * can be stopped before its days are over (reverted or moved on from), but kept only after them.
     */
    public Experiment decide(Person person, long experimentId, Verdict verdict) {
        if (verdict == null) {
            throw new Invalid(Message.of("practice.problem.verdict"));
        }
        LocalDate today = clock.today(person);
        return database.transaction(stores -> {
            Experiment experiment = stores.experiments().find(person.id(), experimentId)
                    .orElseThrow(() -> new NotFound("experiment"));
            if (experiment.verdict() != null) {
                throw new Rejected(Message.of("practice.problem.decidedAlready", experiment.decidedOn().toString()));
            }
            if (experiment.isRunning(today) && verdict == Verdict.KEEP) {
                throw new Rejected(Message.of("practice.problem.stillRunning", experiment.lastDay().toString()));
            }
            stores.experiments().decide(person.id(), experimentId, verdict, today);
            if (verdict == Verdict.KEEP && experiment.kind() == ExperimentKind.ANCHOR) {
                stores.steps().changeAnchor(person.id(), experiment.stepId(), experiment.change());
            }
            return stores.experiments().find(person.id(), experimentId).orElseThrow();
        });
    }

    /** The first trial that is over and waits for the person's decision. */
    public Optional<Trial> waiting(Stores stores, Person person, LocalDate today) {
        long userId = person.id();
        return stores.experiments().list(userId).stream().filter(e -> e.waitsForVerdict(today))
                .reduce((newer, older) -> older)
                .flatMap(e -> stores.steps().find(userId, e.stepId()).map(step -> trial(stores, userId, step, e, today)));
    }

    private static Trial trial(Stores stores, long userId, Step step, Experiment experiment, LocalDate today) {
        StepHistory history = new StepHistory(step, stores.checkIns().history(userId, step.id()));
        return new Trial(experiment, step,
                Comparison.around(experiment.startDay(), experiment.days(), experiment.readUntil(today),
                        List.of(history)));
    }

    private static List<Experiment> forStep(Stores stores, long userId, long stepId) {
        return stores.experiments().list(userId).stream().filter(e -> e.stepId() == stepId).toList();
    }
}
