package coach.kaizen.app.recovery;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.picture.NotSpent;
import coach.kaizen.core.picture.RecoveryRuns;
import coach.kaizen.core.picture.RecoveryWeeks;
import coach.kaizen.core.recovery.DailyCost;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A recovery aim's tiny wins: recovery actions and urges that passed, counted for good; and its
 * pictures of progress: the counter's runs, the weeks' wins, what was not spent.
 */
public final class RecoveryService {

    /** How many of the person's recent triggers, and of their own wins, are offered as one-tap choices. */
    public static final int CHOICES = 5;

    /** How many weeks of wins and urges the aim's page draws, this one included. */
    public static final int WEEKS = 12;

    private final Database database;
    private final PersonalClock clock;

    public RecoveryService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A recovery aim with its tally and the person's own words to offer again. */
    public record Panel(Aim aim, RecoveryTally tally, List<String> ownWins, List<String> recentTriggers,
            LocalDate today) {
    }

    /**
     * The aim's page: its panel, the counter's runs (null while the counter is off), its last
     * weeks of wins and urges (null before the first), and what a day of the habit cost (null until said).
     */
    public record Progress(Panel panel, LocalDate today, RecoveryRuns runs, RecoveryWeeks weeks, DailyCost cost) {

        /** Null unless both the counter and what a day cost were given. */
        public NotSpent notSpent() {
            return runs == null || cost == null ? null : NotSpent.of(runs, cost.moneyOrZero(), cost.minutesOrZero());
        }
    }

    /** An aim's wins, urges and the days of its slips, read once for a panel and its pictures. */
    private record Logged(List<RecoveryAction> actions, List<Urge> urges, List<LocalDate> slipDays) {
    }

    /** Every recovery aim of the person, each with its panel. */
    public List<Panel> panels(Person person) {
        LocalDate today = clock.today(person);
        return database.read(stores -> stores.aims().list(person.id()).stream()
                .filter(aim -> aim.kind() == AimKind.RECOVER).map(aim -> panel(stores, person, aim, today))
                .toList());
    }

    public Panel panel(Person person, long aimId) {
        LocalDate today = clock.today(person);
        return database.read(stores -> panel(stores, person, recoveryAim(stores, person, aimId), today));
    }

    public Progress progress(Person person, long aimId) {
        LocalDate today = clock.today(person);
        return database.read(stores -> {
            Aim aim = recoveryAim(stores, person, aimId);
            Logged logged = logged(stores, person.id(), aimId);
            RecoveryRuns runs = aim.counterFrom() == null ? null
                    : RecoveryRuns.of(aim.counterFrom(), logged.slipDays(), today);
            LocalDate firstWeek = today.minusWeeks(WEEKS - 1L);
            RecoveryWeeks weeks = Stream.concat(logged.actions().stream().map(RecoveryAction::day),
                            logged.urges().stream().map(Urge::day)).min(Comparator.naturalOrder())
                    .map(first -> RecoveryWeeks.of(logged.actions(), logged.urges(),
                            first.isAfter(firstWeek) ? first : firstWeek, today, person.weekStart()))
                    .orElse(null);
            return new Progress(panel(aim, logged, today), today, runs, weeks,
                    stores.recovery().dailyCost(person.id(), aimId).orElse(null));
        });
    }

    /** Says what a day of the old habit cost on the aim; an empty cost forgets it. */
    public DailyCost setDailyCost(Person person, long aimId, DailyCost cost) {
        database.transaction(stores -> {
            recoveryAim(stores, person, aimId);
            stores.recovery().saveDailyCost(person.id(), aimId, cost, clock.now());
            return null;
        });
        return cost;
    }

    /** Logs a win today: one of the listed kinds, or the person's own words with {@link RecoveryActionKind#OWN}. */
    public RecoveryAction logAction(Person person, long aimId, RecoveryActionKind kind, String text) {
        return logTap(person, aimId, kind, text, null).get(0);
    }

    /**
     * A tap on the card: the win tapped ({@code kind}, with {@code words} for one of the person's own), and
     * words {@code typed} beside it, if any and not the win itself, kept as a win of their own: nothing typed is lost.
     */
    public List<RecoveryAction> logTap(Person person, long aimId, RecoveryActionKind kind, String words,
            String typed) {
        LocalDate today = clock.today(person);
        List<RecoveryAction> wins = new ArrayList<>();
        wins.add(Invalid.check(() -> new RecoveryAction(0, aimId, today, kind, words)));
        if (typed != null && !typed.isBlank() && !(kind == RecoveryActionKind.OWN && typed.equals(words))) {
            wins.add(Invalid.check(() -> new RecoveryAction(0, aimId, today, RecoveryActionKind.OWN, typed)));
        }
        return database.transaction(stores -> {
            recoveryAim(stores, person, aimId);
            return wins.stream().map(win -> stores.recovery().addAction(person.id(), win, clock.now())).toList();
        });
    }

    public Urge logUrge(Person person, long aimId, UrgeDraft said) {
        LocalDate today = clock.today(person);
        return database.transaction(stores -> {
            recoveryAim(stores, person, aimId);
            return stores.recovery().addUrge(person.id(), aimId, today, said, clock.now());
        });
    }

    public List<RecoveryAction> actions(Person person, long aimId) {
        return database.read(stores -> {
            recoveryAim(stores, person, aimId);
            return stores.recovery().actions(person.id(), aimId);
        });
    }

    public List<Urge> urges(Person person, long aimId) {
        return database.read(stores -> {
            recoveryAim(stores, person, aimId);
            return stores.recovery().urges(person.id(), aimId);
        });
    }

    /** The aim, when it is the person's and a recovery aim; within the caller's transaction. */
    Aim recoveryAim(Stores stores, Person person, long aimId) {
        Aim aim = stores.aims().find(person.id(), aimId).orElseThrow(() -> new NotFound("aim"));
        if (aim.kind() != AimKind.RECOVER) {
            throw new Rejected(Message.of("recovery.problem.buildAim", aim.title()));
        }
        return aim;
    }

    /** The aim's panel on {@code today}, within the caller's transaction. */
    public Panel panel(Stores stores, Person person, Aim aim, LocalDate today) {
        return panel(aim, logged(stores, person.id(), aim.id()), today);
    }

    private static Logged logged(Stores stores, long userId, long aimId) {
        return new Logged(stores.recovery().actions(userId, aimId), stores.recovery().urges(userId, aimId),
                stores.slips().forAim(userId, aimId).stream().map(slip -> slip.said().day()).toList());
    }

    private static Panel panel(Aim aim, Logged logged, LocalDate today) {
        List<RecoveryAction> actions = logged.actions();
        List<Urge> urges = logged.urges();
        List<String> ownWins = actions.stream().sorted(Comparator.comparing(RecoveryAction::day).reversed())
                .filter(action -> action.kind() == RecoveryActionKind.OWN).map(RecoveryAction::text).distinct()
                .limit(CHOICES).toList();
        return new Panel(aim, RecoveryTally.of(aim, actions, urges, logged.slipDays(), today), ownWins,
                Urge.recentTriggers(urges, CHOICES), today);
    }
}
