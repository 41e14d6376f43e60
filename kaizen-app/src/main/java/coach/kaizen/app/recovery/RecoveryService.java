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
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.RecoveryTally;
import coach.kaizen.core.recovery.Urge;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A recovery aim's tiny wins: recovery actions and urges that passed, counted for good. */
public final class RecoveryService {

    /** How many of the person's recent triggers, and of their own wins, are offered as one-tap choices. */
    public static final int CHOICES = 5;

    private final Database database;
    private final PersonalClock clock;

    public RecoveryService(Database database, PersonalClock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A recovery aim with its tally and the person's own words to offer again. */
    public record Panel(Aim aim, RecoveryTally tally, List<String> ownWins, List<String> recentTriggers) {
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

    /** Logs a win today: one of the listed kinds, or the person's own words with {@link RecoveryActionKind#OWN}. */
    public RecoveryAction logAction(Person person, long aimId, RecoveryActionKind kind, String text) {
        LocalDate today = clock.today(person);
        RecoveryAction action = Invalid.check(() -> new RecoveryAction(0, aimId, today, kind, text));
        return database.transaction(stores -> {
            recoveryAim(stores, person, aimId);
            return stores.recovery().addAction(person.id(), action, clock.now());
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
        long userId = person.id();
        List<RecoveryAction> actions = stores.recovery().actions(userId, aim.id());
        List<Urge> urges = stores.recovery().urges(userId, aim.id());
        List<LocalDate> slipDays = stores.slips().forAim(userId, aim.id()).stream().map(slip -> slip.said().day())
                .toList();
        List<String> ownWins = actions.stream().sorted(Comparator.comparing(RecoveryAction::day).reversed())
                .filter(action -> action.kind() == RecoveryActionKind.OWN).map(RecoveryAction::text).distinct()
                .limit(CHOICES).toList();
        return new Panel(aim, RecoveryTally.of(aim, actions, urges, slipDays, today), ownWins,
                Urge.recentTriggers(urges, CHOICES));
    }
}
