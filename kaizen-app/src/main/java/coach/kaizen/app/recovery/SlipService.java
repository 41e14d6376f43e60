package coach.kaizen.app.recovery;

import coach.kaizen.app.db.Database;
import coach.kaizen.app.db.Stores;
import coach.kaizen.app.practice.ObstacleService;
import coach.kaizen.app.recovery.RecoveryService.Panel;
import coach.kaizen.app.service.Invalid;
import coach.kaizen.app.service.NotFound;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Rejected;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.app.steps.TodayService.StepToday;
import coach.kaizen.app.steps.TodayService;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.recovery.EarnedStrength;
import coach.kaizen.core.recovery.Slip;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * A slip, told in a short and kind flow. The aim's steps take it as a miss (smaller, and more
 * cautious for a week); nothing said before is changed, and no total goes down.
 */
public final class SlipService {

    private final Database database;
    private final PersonalClock clock;
    private final CheckInService checkIns;
    private final TodayService today;
    private final RecoveryService recovery;
    private final ObstacleService obstacles;

    public SlipService(Database database, PersonalClock clock, CheckInService checkIns, TodayService today,
            RecoveryService recovery, ObstacleService obstacles) {
        this.database = database;
        this.clock = clock;
        this.checkIns = checkIns;
        this.today = today;
        this.recovery = recovery;
        this.obstacles = obstacles;
    }

    /** After a slip: the aim's wins (all still there), its steps as they stand now, and the person's strengths. */
    public record After(Slip slip, Panel panel, List<StepToday> steps, List<EarnedStrength> strengths) {
    }

    /**
     * Records a slip. Each of the aim's steps due that day and not yet answered takes it as a slip;
     * an answer already given stays. With {@code asObstacle}, "what might help next time" goes on
     * the aim's obstacle list.
     */
    public Slip record(Person person, long aimId, SlipDraft said, boolean asObstacle) {
        LocalDate day = clock.today(person);
        if (said.day().isAfter(day) || said.day().isBefore(day.minusDays(CheckInService.LATE_DAYS))) {
            throw new Rejected(Message.of("recovery.problem.slipDay", CheckInService.LATE_DAYS,
                    day.minusDays(CheckInService.LATE_DAYS).toString(), day.toString(), said.day().toString()));
        }
        if (asObstacle && said.nextTime() == null) {
            throw new Invalid(Message.of("recovery.problem.nextTime"));
        }
        return database.transaction(stores -> {
            recovery.recoveryAim(stores, person, aimId);
            Slip slip = stores.slips().add(person.id(), aimId, said, clock.now());
            stores.steps().listForAim(person.id(), aimId).forEach(step -> slipOn(stores, person, step, said.day()));
            if (asObstacle) {
                obstacles.add(stores, person, aimId, said.nextTime(), day);
            }
            return slip;
        });
    }

    /** "How sure are you, 0–10, that you can do today's step?" */
    public Slip confidence(Person person, long slipId, Integer confidence) {
        int sure = Invalid.check(() -> Slip.confidence(confidence));
        return database.transaction(stores -> {
            stores.slips().find(person.id(), slipId).orElseThrow(() -> new NotFound("slip"));
            stores.slips().setConfidence(person.id(), slipId, sure);
            return stores.slips().find(person.id(), slipId).orElseThrow();
        });
    }

    public After after(Person person, long slipId) {
        LocalDate day = clock.today(person);
        record Read(Slip slip, Panel panel, List<EarnedStrength> strengths) {
        }
        Read read = database.read(stores -> {
            Slip slip = stores.slips().find(person.id(), slipId).orElseThrow(() -> new NotFound("slip"));
            Aim aim = stores.aims().find(person.id(), slip.aimId()).orElseThrow(() -> new NotFound("slip"));
            return new Read(slip, recovery.panel(stores, person, aim, day),
                    stores.safety().strengths(person.id()));
        });
        List<StepToday> steps = today.today(person).steps().stream()
                .filter(step -> step.aim().id() == read.slip().aimId()).toList();
        return new After(read.slip(), read.panel(), steps, read.strengths());
    }

    public List<Slip> forAim(Person person, long aimId) {
        return database.read(stores -> {
            recovery.recoveryAim(stores, person, aimId);
            return stores.slips().forAim(person.id(), aimId);
        });
    }

    private void slipOn(Stores stores, Person person, Step step, LocalDate day) {
        boolean open = !day.isBefore(step.startDay()) && step.schedule().isDue(day)
                && stores.checkIns().find(person.id(), step.id(), day).isEmpty();
        if (open) {
            Step locked = stores.steps().findForUpdate(person.id(), step.id()).orElseThrow();
            checkIns.record(stores, person, locked, new CheckIn(day, Outcome.SLIP, null, null, null));
        }
    }
}
