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
import coach.kaizen.core.experiment.Experiment;
import coach.kaizen.core.experiment.ExperimentKind;
import coach.kaizen.core.experiment.Verdict;
import coach.kaizen.core.obstacle.Obstacle;
import coach.kaizen.core.person.Person;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.recovery.RecoveryAction;
import coach.kaizen.core.recovery.RecoveryActionKind;
import coach.kaizen.core.recovery.SlipDraft;
import coach.kaizen.core.recovery.UrgeDraft;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.step.StepDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A demo account with five months of made-up but believable history, so a newcomer sees a living
 * Today page at once and every picture of progress has a story to tell: good weeks and rough ones,
 * hard days, a few excused days, a recovery aim with two slips and urges that passed, an obstacle
 * removed and an experiment kept. Replaced each time it is made; a real account is never touched.
 */
public final class DemoAccount {

    public static final String USERNAME = "demo";
    public static final int DAYS = 150;
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

    /** Days, counted from the first: weeks that went badly, excused days and their reasons, slips. */
    private static final Set<Integer> ROUGH_WEEKS = Set.of(4, 13, 19);
    private static final Map<Integer, String> EXCUSED = Map.of(17, "Away for the weekend", 44, "Had a cold",
            93, "My sister's wedding", 130, "Had a cold");
    private static final Set<Integer> SLIPS = Set.of(58, 121);
    /** How much of their usual capacity a person has in a rough week. */
    private static final double ROUGH_WEEK = 0.5;
    /** The easy size is done 95 days in 100: odds of 19 to 1. */
    private static final double EASY_LOG_ODDS = Math.log(19);
    /** How fast the chance of doing a size falls as it grows past the easy size, on the log of the size. */
    private static final double SHARPNESS = 0.3;
    /** About one day in twelve is a hard one: little energy or a lot of stress. */
    private static final double HARD_DAY = 0.08;

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
        String password = Secrets.password(16, USERNAME);
        Person person = services.accounts().replaceDemo(USERNAME, password, Place.in(timeZone));
        LocalDate today = services.clock().today(person);
        LocalDate first = today.minusDays(DAYS);
        Random random = new Random(SEED);
        hardDays(person, first, today, random);
        for (Plan plan : PLANS) {
            Step step = services.database().transaction(stores -> {
                Aim aim = stores.aims().create(person.id(), plan.aim(), services.clock().now());
                return stores.steps().create(person.id(), aim.id(), plan.step(), first, services.clock().now())
                        .orElseThrow();
            });
            boolean recovering = plan.aim().kind() == AimKind.RECOVER;
            if (recovering) {
                slips(person, step.aimId(), first);
                obstacleRemoved(person, step.aimId(), first);
                experimentKept(person, step.id(), first);
            }
            live(person, step, plan.capacity(), first, today, random, recovering);
            if (recovering) {
                recoveryWins(person, step.aimId(), first, today, random);
            }
        }
        services.safety().addStrength(person, "Endurance", "I got through last winter, one day at a time");
        return new Credentials(USERNAME, password);
    }

    /** Days of low energy or high stress, on which every step offers its smallest version. */
    private void hardDays(Person person, LocalDate first, LocalDate today, Random random) {
        services.database().transaction(stores -> {
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                if (random.nextDouble() < HARD_DAY) {
                    Readiness hard = random.nextBoolean() ? new Readiness(2, 5, null) : new Readiness(5, 8, 7);
                    stores.readiness().save(person.id(), day, hard, services.clock().now());
                }
            }
            return null;
        });
    }

    /** Two slips, told kindly; each one's step that day is a slip too (see {@link #day}). */
    private void slips(Person person, long aimId, LocalDate first) {
        services.database().transaction(stores -> {
            stores.slips().add(person.id(), aimId, new SlipDraft(first.plusDays(58), "At home", "A long week at work",
                    "Tired, then flat", "Text Sam when Friday feels long"), services.clock().now());
            stores.slips().add(person.id(), aimId, new SlipDraft(first.plusDays(121), "A friend's birthday",
                    "Everyone was having a drink", "Disappointed, and calmer by the morning",
                    "Bring my own sparkling water"), services.clock().now());
            return null;
        });
    }

    /** An obstacle named in the sixth week and removed two weeks later, so its before and after show. */
    private void obstacleRemoved(Person person, long aimId, LocalDate first) {
        services.database().transaction(stores -> {
            Obstacle wine = stores.obstacles().add(person.id(), aimId, "Wine in the fridge when I get home",
                    first.plusDays(36));
            stores.obstacles().focus(person.id(), wine, first.plusDays(36));
            stores.obstacles().remove(person.id(), wine.id(), first.plusDays(50));
            return null;
        });
    }

    /** A week's experiment on where the breathing happens, kept. */
    private void experimentKept(Person person, long stepId, LocalDate first) {
        services.database().transaction(stores -> {
            Experiment car = stores.experiments().start(person.id(), stepId, ExperimentKind.PLACE,
                    "Breathe in the car, before I walk in", first.plusDays(80), Experiment.DEFAULT_DAYS,
                    services.clock().now());
            stores.experiments().decide(person.id(), car.id(), Verdict.KEEP, first.plusDays(88));
            return null;
        });
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

    /**
     * A person whose easy size (see {@link #day}) grows slowly, with rough weeks, excused days, and
     * on a recovery aim its slips; on a hard day the smallest version is easy.
     */
    private void live(Person person, Step step, double capacity, LocalDate first, LocalDate today, Random random,
            boolean recovering) {
        StepProgress progress = StepProgress.start(services.engine(), step);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            int n = (int) ChronoUnit.DAYS.between(first, day);
            Readiness readiness = services.readiness().find(person, day);
            double size = services.engine().propose(step.sizing(), progress.engine(), day, readiness).size();
            double ease = capacity * Math.pow(1.008, n) / size;
            CheckIn checkIn = recovering && SLIPS.contains(n) ? new CheckIn(day, Outcome.SLIP, null, null, null)
                    : day(day, n, ease, random);
            progress = livedOn(person, day).record(person, step.id(), checkIn).progress();
        }
    }

    /** Check-ins as they would have been said on {@code day}, so none is too late. */
    private CheckInService livedOn(Person person, LocalDate day) {
        Instant midday = day.atTime(LocalTime.NOON).plusHours(person.dayStartHour()).atZone(person.zone()).toInstant();
        return new CheckInService(services.database(), services.engine(),
                new PersonalClock(Clock.fixed(midday, ZoneOffset.UTC)));
    }

    /**
     * One day of a person who does their easy size 95 days in 100, and a size less often the further
     * it goes beyond that; in a rough week they can do half as much, so it is the size that was
     * too big, not the person, that shows in the misses.
     */
    private static CheckIn day(LocalDate day, int n, double ease, Random random) {
        if (EXCUSED.containsKey(n)) {
            return new CheckIn(day, Outcome.SKIPPED, null, null, EXCUSED.get(n));
        }
        double eased = ROUGH_WEEKS.contains(n / 7) ? ease * ROUGH_WEEK : ease;
        double chance = 1 / (1 + Math.exp(-Math.log(eased) / SHARPNESS - EASY_LOG_ODDS));
        if (random.nextDouble() > chance) {
            return new CheckIn(day, Outcome.MISSED, null, null, null);
        }
        int resistance = (int) Math.round(Math.max(0, Math.min(10, 7 - 3 * eased + random.nextGaussian() * 1.5)));
        return new CheckIn(day, Outcome.DONE, null, resistance, null);
    }
}
