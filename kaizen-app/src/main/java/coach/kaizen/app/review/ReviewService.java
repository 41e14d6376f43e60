package coach.kaizen.app.review;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.IsoWeek;
import coach.kaizen.core.picture.WeekDays;
import coach.kaizen.core.picture.WeeklyReview;
import coach.kaizen.core.progress.Replay;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's week in review: each step's days and size, the recovery wins, one suggestion. A week
 * is named as ISO names it ("2026-W49") and stands for the person's own week that holds its
 * Monday ({@link IsoWeek}); the week still going can be read so far, a week to come cannot.
 */
public final class ReviewService {

    private final Database database;
    private final Engine engine;
    private final PersonalClock clock;

    public ReviewService(Database database, Engine engine, PersonalClock clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @param previous the week before, or null when nothing of the person's is that old
     * @param next     the week after, or null when it has not begun
     * @param soFar    the week is still going
     * @param today    the person's today: a week of another year is dated with its year
     */
    public record Week(IsoWeek name, WeeklyReview review, WeekDays days, IsoWeek previous, IsoWeek next,
            boolean soFar, LocalDate today) {
    }

    /** The name of the person's week going on now. */
    public IsoWeek thisWeek(Person person) {
        return IsoWeek.named(person.weekOf(clock.today(person)));
    }

    /** The week written {@code written}: a malformed name is refused, a week not begun yet is not found. */
    public Week review(Person person, String written) {
        IsoWeek name = IsoWeek.parse(written).orElseThrow(() -> new Invalid(Message.of("problem.week", written)));
        LocalDate today = clock.today(person);
        LocalDate from = name.firstDay(person.weekStart());
        if (from.isAfter(today)) {
            throw new NotFound("week");
        }
        return database.read(stores -> {
            // A step set aside is in the week only if something was said of it then: else it was put by.
            Set<Long> aside = Set.copyOf(stores.steps().archived(person.id()));
            List<Step> all = stores.steps().list(person.id());
            List<Replay> steps = all.stream()
                    .map(step -> stores.replayed(engine, person.id(), step))
                    .filter(replay -> !aside.contains(replay.step().id()) || saidIn(replay, from)).toList();
            List<RecoveryAction> actions = new ArrayList<>();
            List<Urge> urges = new ArrayList<>();
            List<LocalDate> slipDays = new ArrayList<>();
            for (Aim aim : stores.aims().list(person.id())) {
                if (aim.kind() == AimKind.RECOVER) {
                    actions.addAll(stores.recovery().actions(person.id(), aim.id()));
                    urges.addAll(stores.recovery().urges(person.id(), aim.id()));
                    stores.slips().forAim(person.id(), aim.id()).forEach(slip -> slipDays.add(slip.said().day()));
                }
            }
            // Every step, set aside or not: a week only such a step was in came after the person's first day.
            Optional<LocalDate> first = Stream.of(all.stream().map(Step::startDay),
                            actions.stream().map(RecoveryAction::day), urges.stream().map(Urge::day), slipDays.stream())
                    .flatMap(days -> days).min(Comparator.naturalOrder());
            LocalDate earliest = first.orElse(from);
            LocalDate nextFrom = from.plusWeeks(1);
            WeeklyReview review = from.plusDays(6).isBefore(earliest) ? WeeklyReview.beforeTheirFirstDay(from)
                    : WeeklyReview.of(from, person.weekStart(), today, steps, actions, urges, slipDays);
            return new Week(name, review,
                    // Someone with nothing here yet has no day of theirs to count, only the coach's word.
                    WeekDays.of(from, today, steps, actions, urges).since(first.orElse(today.plusDays(1))),
                    earliest.isBefore(from) ? IsoWeek.named(from.minusWeeks(1)) : null,
                    nextFrom.isAfter(today) ? null : IsoWeek.named(nextFrom), !from.plusDays(6).isBefore(today), today);
        });
    }

    private static boolean saidIn(Replay replay, LocalDate from) {
        return replay.days().stream().map(day -> day.checkIn().day())
                .anyMatch(day -> !day.isBefore(from) && day.isBefore(from.plusWeeks(1)));
    }
}
