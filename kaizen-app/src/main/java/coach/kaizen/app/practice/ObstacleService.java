package coach.kaizen.app.practice;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.experiment.Comparison;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.obstacle.ObstacleNeed;
import coach.kaizen.core.obstacle.ObstacleStatus;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Each aim's friction backlog: what got in the way, one obstacle in focus at a time, and what removing it changed. */
public final class ObstacleService {

    /** Days on each side of a removal that are set side by side. */
    public static final int EFFECT_DAYS = 14;

    private final Database database;
    private final PersonalClock clock;

    public ObstacleService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** An aim that needs attention to its obstacles, and how. */
    public record Attention(Aim aim, ObstacleNeed need, List<Obstacle> obstacles) {
    }

    /** A removed obstacle with the aim's steps before and after its removal. */
    public record Removal(Obstacle obstacle, Comparison comparison) {
    }

    /** Adds an obstacle; with none in focus for the aim, it comes into focus. */
    public Obstacle add(Person person, long aimId, String text) {
        String words = Invalid.check(() -> Text.required(text, "obstacle", Obstacle.MAX_TEXT));
        LocalDate today = clock.today(person);
        return database.transaction(stores -> {
            stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            return add(stores, person, aimId, words, today);
        });
    }

    /** Adds an obstacle to an aim the caller has found, within its transaction. */
    public Obstacle add(Stores stores, Person person, long aimId, String words, LocalDate today) {
        long userId = person.id();
        Obstacle added = stores.obstacles().add(userId, aimId, words, today);
        boolean noFocus = forAim(stores, userId, aimId).stream()
                .noneMatch(obstacle -> obstacle.status() == ObstacleStatus.IN_FOCUS);
        if (noFocus) {
            stores.obstacles().focus(userId, added, today);
        }
        return stores.obstacles().find(userId, added.id()).orElseThrow();
    }

    public Obstacle focus(Person person, long obstacleId) {
        LocalDate today = clock.today(person);
        return database.transaction(stores -> {
            Obstacle obstacle = open(stores, person.id(), obstacleId);
            stores.obstacles().focus(person.id(), obstacle, today);
            return stores.obstacles().find(person.id(), obstacleId).orElseThrow();
        });
    }

    public Obstacle remove(Person person, long obstacleId) {
        LocalDate today = clock.today(person);
        return database.transaction(stores -> {
            open(stores, person.id(), obstacleId);
            stores.obstacles().remove(person.id(), obstacleId, today);
            return stores.obstacles().find(person.id(), obstacleId).orElseThrow();
        });
    }

    public List<Obstacle> forAim(Person person, long aimId) {
        return database.read(stores -> {
            stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
            return forAim(stores, person.id(), aimId);
        });
    }

    /**
     * The aim's removed obstacles, each with the aim's steps in the days before and after it went;
     * for an aim the caller has found, within its transaction.
     */
    public List<Removal> removals(Stores stores, Person person, long aimId, LocalDate today) {
        List<StepHistory> steps = aimSteps(stores, person.id(), aimId);
        return forAim(stores, person.id(), aimId).stream()
                .filter(obstacle -> obstacle.status() == ObstacleStatus.REMOVED)
                .map(obstacle -> new Removal(obstacle, Comparison.around(obstacle.removedOn(), EFFECT_DAYS, today, steps)))
                .toList();
    }

    /** The first aim whose obstacles need the person now, if any; {@code all}: every step of the person. */
    public Optional<Attention> attention(Stores stores, Person person, LocalDate today, List<StepHistory> all) {
        long userId = person.id();
        List<Obstacle> obstacles = stores.obstacles().list(userId);
        for (Aim aim : stores.aims().list(userId)) {
            List<StepHistory> steps = all.stream().filter(step -> step.step().aimId() == aim.id()).toList();
            List<Obstacle> mine = obstacles.stream().filter(obstacle -> obstacle.aimId() == aim.id()).toList();
            Optional<ObstacleNeed> need = ObstacleNeed.of(steps, mine, today);
            if (need.isPresent()) {
                return Optional.of(new Attention(aim, need.get(), mine));
            }
        }
        return Optional.empty();
    }

    private static Obstacle open(Stores stores, long userId, long obstacleId) {
        Obstacle obstacle = stores.obstacles().find(userId, obstacleId).orElseThrow(() -> new NotFound("obstacle"));
        if (obstacle.status() == ObstacleStatus.REMOVED) {
            throw new Rejected(Message.of("practice.problem.removedAlready", obstacle.removedOn().toString()));
        }
        return obstacle;
    }

    private static List<Obstacle> forAim(Stores stores, long userId, long aimId) {
        return stores.obstacles().list(userId).stream().filter(obstacle -> obstacle.aimId() == aimId).toList();
    }

    private static List<StepHistory> aimSteps(Stores stores, long userId, long aimId) {
        return stores.histories(userId).stream().filter(step -> step.step().aimId() == aimId).toList();
    }
}
