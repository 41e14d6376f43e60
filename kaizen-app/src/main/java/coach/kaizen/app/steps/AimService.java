package coach.kaizen.app.steps;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.practice.ExperimentService.Trial;
import coach.kaizen.app.practice.ExperimentService;
import coach.kaizen.app.practice.ObstacleService.Removal;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.VoteSeries;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;

/** A person's aims. */
public final class AimService {

    /** Days the aim's votes are drawn over, today included. */
    public static final int VOTE_DAYS = 30;

    private final Database database;
    private final PersonalClock clock;
    private final ObstacleService obstacles;
    private final ExperimentService experiments;

    public AimService(Database database, PersonalClock clock, ObstacleService obstacles,
            ExperimentService experiments) {
        this.database = database;
        this.clock = clock;
        this.obstacles = obstacles;
        this.experiments = experiments;
    }

    /**
     * What an aim's pictures of progress are drawn from, read together so they agree.
     *
     * @param votes   the last {@link #VOTE_DAYS} days, and {@code ballots} the days among them with votes
     * @param trials  the experiments on the aim's steps, newest first
     */
    public record Progress(Aim aim, LocalDate today, VoteSeries votes, List<VoteSeries.Ballot> ballots,
            List<Removal> removals, List<Trial> trials) {
    }

    public Progress progress(Person person, long aimId) {
        LocalDate today = clock.today(person);
        LocalDate from = today.minusDays(VOTE_DAYS - 1L);
        return database.read(stores -> {
            long userId = person.id();
            Aim aim = stores.aims().find(userId, aimId).orElseThrow(() -> new NotFound("aim"));
            List<StepHistory> steps = stores.histories(userId).stream()
                    .filter(history -> history.step().aimId() == aimId).toList();
            List<RecoveryAction> wins = stores.recovery().actions(userId, aimId);
            List<Urge> urges = stores.recovery().urges(userId, aimId);
            return new Progress(aim, today, VoteSeries.of(aim, steps, wins, urges, from, today),
                    VoteSeries.ballots(aim, steps, wins, urges, from, today),
                    obstacles.removals(stores, person, aimId, today),
                    experiments.forSteps(stores, person, steps.stream().map(StepHistory::step).toList(), today));
        });
    }

    public Aim create(Person person, AimDraft draft) {
        checkCounter(person, draft);
        return database.transaction(stores -> stores.aims().create(person.id(), draft, clock.now()));
    }

    public List<Aim> list(Person person) {
        return database.read(stores -> stores.aims().list(person.id()));
    }

    public Aim find(Person person, long aimId) {
        return database.read(stores -> stores.aims().find(person.id(), aimId)).orElseThrow(() -> new NotFound("aim"));
    }

    /**
     * Changes the aim as the person said. A Recover aim that holds wins, urges or slips stays one: as
     * a Build aim they would drop out of sight.
     */
    public Aim update(Person person, long aimId, AimDraft draft) {
        checkCounter(person, draft);
        long userId = person.id();
        return database.transaction(stores -> {
            Aim before = stores.aims().find(userId, aimId).orElseThrow(() -> new NotFound("aim"));
            if (before.kind() == AimKind.RECOVER && draft.kind() != AimKind.RECOVER
                    && (!stores.recovery().actions(userId, aimId).isEmpty()
                            || !stores.recovery().urges(userId, aimId).isEmpty()
                            || !stores.slips().forAim(userId, aimId).isEmpty())) {
                throw new Rejected(Message.of("aims.problem.recoveryKept"));
            }
            return stores.aims().update(userId, aimId, draft).orElseThrow(() -> new NotFound("aim"));
        });
    }

    /** A days-since counter counts from today or an earlier day of the person's. */
    private void checkCounter(Person person, AimDraft draft) {
        if (draft.counterFrom() == null) {
            return;
        }
        LocalDate today = clock.today(person);
        if (draft.counterFrom().isAfter(today)) {
            // ISO days as Strings: the API's words for a day, the same in every language.
            throw new Rejected(Message.of("aims.problem.counterFrom", today.toString(),
                    draft.counterFrom().toString()));
        }
    }

    /** Deletes the aim with its steps and their check-ins. */
    public void delete(Person person, long aimId) {
        if (!database.transaction(stores -> stores.aims().delete(person.id(), aimId))) {
            throw new NotFound("aim");
        }
    }
}
