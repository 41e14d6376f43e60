package coach.kaizen.app.cli;

import coach.kaizen.app.Services;
import coach.kaizen.app.account.AccountService.Place;
import coach.kaizen.app.service.PersonalClock;
import coach.kaizen.app.service.Secrets;
import coach.kaizen.app.steps.CheckInService;
import coach.kaizen.core.aim.Aim;
import coach.kaizen.core.aim.AimDraft;
import coach.kaizen.core.aim.AimKind;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A demo account with about two months of made-up but believable history, so a newcomer sees a
 * living Today page at once. Replaced each time it is made; a real account is never touched.
 */
public final class DemoAccount {

    public static final String USERNAME = "demo";
    private static final int DAYS = 60;
    private static final long SEED = 20260101L;

    private final Services services;

    public DemoAccount(Services services) {
        this.services = services;
    }

    /** What to tell the newcomer. */
    public record Credentials(String username, String password) {
    }

    private record Plan(AimDraft aim, StepDraft step, double capacity) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(new AimDraft("Move a little every day", AimKind.BUILD, "I am someone who moves every day"),
                    new StepDraft("Walk after lunch", new Sizing(5, "minutes", 1, 1, 45.0), "after I finish lunch"), 8),
            new Plan(new AimDraft("Read more", AimKind.BUILD, "I am someone who reads"),
                    new StepDraft("Read a few pages", new Sizing(2, "pages", 1, 1, null), "after I get into bed"), 5),
            new Plan(new AimDraft("Drink less in the evenings", AimKind.RECOVER,
                    "I am someone who looks after myself in the evenings"),
                    new StepDraft("Breathe slowly before the evening starts", new Sizing(1, "minutes", 1, 1, 10.0),
                            "when I get home from work"), 3));

    public Credentials create(String timeZone) {
        String password = Secrets.random().substring(0, 16);
        Person person = services.accounts().replaceDemo(USERNAME, password, Place.in(timeZone));
        LocalDate today = services.clock().today(person);
        LocalDate first = today.minusDays(DAYS);
        Random random = new Random(SEED);
        for (Plan plan : PLANS) {
            Step step = services.database().transaction(stores -> {
                Aim aim = stores.aims().create(person.id(), plan.aim(), services.clock().now());
                return stores.steps().create(person.id(), aim.id(), plan.step(), first, services.clock().now())
                        .orElseThrow();
            });
            live(person, step, plan.capacity(), first, today, random);
            if (plan.aim().kind() == AimKind.RECOVER) {
                recoveryWins(person, step.aimId(), first, today, random);
            }
        }
        services.safety().addStrength(person, "Endurance", "I got through last winter, one day at a time");
        return new Credentials(USERNAME, password);
    }

    /** A recovery win most days and an urge every few days, most of which passed. */
    private void recoveryWins(Person person, long aimId, LocalDate first, LocalDate today, Random random) {
        RecoveryActionKind[] kinds = RecoveryActionKind.values();
        services.database().transaction(stores -> {
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                if (random.nextDouble() < 0.6) {
                    RecoveryActionKind kind = kinds[random.nextInt(kinds.length - 1)];
                    stores.recovery().addAction(person.id(), new RecoveryAction(0, aimId, day, kind, null),
                            services.clock().now());
                }
                if (random.nextDouble() < 0.25) {
                    UrgeDraft urge = new UrgeDraft(3 + random.nextInt(6), random.nextBoolean() ? "After work" : "Friday",
                            "Home", "A walk round the block", random.nextDouble() < 0.85);
                    stores.recovery().addUrge(person.id(), aimId, day, urge, services.clock().now());
                }
            }
            return null;
        });
    }

    /** A person whose easy size grows slowly, with a rough patch in the fifth week and two excused days. */
    private void live(Person person, Step step, double capacity, LocalDate first, LocalDate today, Random random) {
        StepProgress progress = StepProgress.start(services.engine(), step);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            int n = (int) first.until(day).getDays();
            double size = services.engine().propose(step.sizing(), progress.engine(), day, Readiness.UNKNOWN).size();
            double ease = capacity * Math.pow(1.012, n) / size;
            CheckIn checkIn = day(day, n, ease, random);
            progress = livedOn(person, day).record(person, step.id(), checkIn).progress();
        }
    }

    /** Check-ins as they would have been said on {@code day}, so none is too late. */
    private CheckInService livedOn(Person person, LocalDate day) {
        Instant midday = day.atTime(LocalTime.NOON).plusHours(person.dayStartHour()).atZone(person.zone()).toInstant();
        return new CheckInService(services.database(), services.engine(),
                new PersonalClock(Clock.fixed(midday, ZoneOffset.UTC)));
    }

    private static CheckIn day(LocalDate day, int n, double ease, Random random) {
        if (n == 17 || n == 44) {
            return new CheckIn(day, Outcome.SKIPPED, null, null, n == 17 ? "Away for the weekend" : "Had a cold");
        }
        boolean roughPatch = n >= 29 && n <= 33;
        double chance = roughPatch ? 0.45 : Math.min(0.95, 0.55 + 0.3 * ease);
        if (random.nextDouble() > chance) {
            return new CheckIn(day, Outcome.MISSED, null, null, null);
        }
        int resistance = (int) Math.round(Math.max(0, Math.min(10, 7 - 3 * ease + random.nextGaussian() * 1.5)));
        return new CheckIn(day, Outcome.DONE, null, resistance, null);
    }
}
