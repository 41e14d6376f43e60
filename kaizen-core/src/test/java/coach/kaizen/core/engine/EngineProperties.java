package coach.kaizen.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * What must hold for any history, for the shipped engine and for the plain controller with a
 * target set from outside.
 */
class EngineProperties {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    // Gates that hold after every day.

    @Property
    void sizesStayWithinFloorAndCeiling(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> days) {
        Engine engine = coach.engine();
        EngineState state = engine.start(sizing);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = FIRST.plusDays(i);
            double size = engine.propose(sizing, state, day, days.get(i).readiness()).size();
            assertThat(size).isBetween(sizing.floor(), sizing.ceiling());
            state = days.get(i).record(engine, sizing, state, day);
        }
        assertThat(engine.propose(sizing, state, FIRST.plusDays(days.size()), Readiness.UNKNOWN).size())
                .isBetween(sizing.floor(), sizing.ceiling());
    }

    @Property
    void onALadderEveryProposalIsARungAndItsReasonQuotesIt(
            @ForAll("coaches") Coach coach, @ForAll("ladders") Sizing ladder, @ForAll("days") List<Day> days) {
        Engine engine = coach.engine();
        EngineState state = engine.start(ladder);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = FIRST.plusDays(i);
            Proposal proposal = engine.propose(ladder, state, day, days.get(i).readiness());
            assertThat(proposal.size()).isEqualTo(Math.rint(proposal.size()));
            assertThat(ladder.rungs()).hasSizeGreaterThanOrEqualTo((int) proposal.size());
            assertThat(proposal.reason().message().args()).contains(ladder.mention(proposal.size()));
            assertThat(ladder.mention(proposal.size()).args()).containsExactly(ladder.rungs()
                    .get((int) proposal.size() - 1));
            state = days.get(i).record(engine, ladder, state, day);
        }
    }

    @Property
    void aMissOrASkipNeverGrowsTheStep(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll boolean skip) {
        Engine engine = coach.engine();
        EngineState state = replay(engine, sizing, history);
        LocalDate day = FIRST.plusDays(history.size());
        CheckIn next = skip ? CheckIn.skipped(day) : CheckIn.missed(day);
        assertNeverGrows(engine, sizing, state, next);
    }

    @Property
    void aDoneWithResistanceSevenOrMoreNeverGrowsTheStep(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll @IntRange(min = 7, max = 10) int resistance, @ForAll("amounts") Double amount) {
        Engine engine = coach.engine();
        EngineState state = replay(engine, sizing, history);
        CheckIn hard = new CheckIn(FIRST.plusDays(history.size()), Outcome.DONE, amountOn(sizing, amount), resistance,
                null);
        assertNeverGrows(engine, sizing, state, hard);
    }

    /**
     * The case jqwik found: a ladder held below the belief by its one rung a day (after a miss, and hard
     * days at the floor) climbed the next day after a rung done and said to be hard.
     */
    @Example
    void aLadderNeverClimbsTheDayAfterARungFeltHard() {
        Engine engine = Engine.standard();
        Sizing sizing = Sizing.ladder(List.of("Rung 1", "Rung 2", "Rung 3"), 2);
        Readiness unsaid = Readiness.UNKNOWN;
        EngineState state = replay(engine, sizing, List.of(new Day(Outcome.DONE, null, null, unsaid),
                new Day(Outcome.DONE, null, null, new Readiness(0, null, null, false)),
                new Day(Outcome.MISSED, null, null, new Readiness(null, null, 7, false)),
                new Day(Outcome.DONE, null, null, unsaid)));
        assertNeverGrows(engine, sizing, state, new CheckIn(FIRST.plusDays(4), Outcome.DONE, null, 7, null));
    }

    /**
     * People say resistance on their own scale: someone who finds a step easy may say 2 of it every
     * day, someone else 0 or 5. Whatever they say below the hard gate, if it is the same each day and
     * they do what is asked, the step's level never falls. (Readings of resistance tried for the
     * engine broke this; simulations/NOTES.md has them.)
     */
    @Property
    void someoneWhoDoesEachDayAndAlwaysSaysTheSameBelowHardNeverSeesTheStepFall(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing,
            @ForAll @IntRange(min = 0, max = 6) int resistance, @ForAll @IntRange(min = 1, max = 120) int days) {
        Engine engine = coach.engine();
        EngineState state = engine.start(sizing);
        for (int i = 0; i < days; i++) {
            LocalDate day = FIRST.plusDays(i);
            double size = engine.propose(sizing, state, day, Readiness.UNKNOWN).size();
            CheckIn done = new CheckIn(day, Outcome.DONE, amountOn(sizing, size), resistance, null);
            EngineState next = engine.record(sizing, state, done, Readiness.UNKNOWN).state();
            assertThat(next.level()).isGreaterThanOrEqualTo(state.level());
            state = next;
        }
    }

    /**
     * The level does not rise, and the next day's proposal is no bigger than it would have been
     * without this check-in. (It can be bigger than this day's: a week's limit may end tonight.)
     */
    private static void assertNeverGrows(Engine engine, Sizing sizing, EngineState state, CheckIn checkIn) {
        LocalDate nextDay = checkIn.day().plusDays(1);
        EngineState after = engine.record(sizing, state, checkIn, Readiness.UNKNOWN).state();
        assertThat(after.level()).isLessThanOrEqualTo(state.level());
        assertThat(engine.propose(sizing, after, nextDay, Readiness.UNKNOWN).size())
                .isLessThanOrEqualTo(engine.propose(sizing, state, nextDay, Readiness.UNKNOWN).size());
    }

    @Property
    void theSameHistoryAlwaysGivesTheSameProposal(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll("readiness") Readiness today) {
        LocalDate day = FIRST.plusDays(history.size());
        EngineState once = replay(coach.engine(), sizing, history);
        EngineState again = replay(new Engine(coach.engine().settings()), sizing, List.copyOf(history));
        assertThat(again).isEqualTo(once);
        assertThat(coach.engine().propose(sizing, again, day, today))
                .isEqualTo(coach.engine().propose(sizing, once, day, today));
    }

    @Property
    void replayingEqualsRecordingDayByDay(@ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing,
            @ForAll("schedules") Schedule schedule, @ForAll("days") List<Day> days) {
        Engine engine = coach.engine();
        Step step = stepOf(sizing, schedule);
        List<CheckIn> checkIns = new ArrayList<>();
        Map<LocalDate, Readiness> readiness = new HashMap<>();
        StepProgress stepwise = StepProgress.start(engine, step);
        for (int i = 0; i < days.size(); i++) {
            CheckIn checkIn = days.get(i).on(FIRST.plusDays(i * 2L), sizing);
            checkIns.add(checkIn);
            readiness.put(checkIn.day(), days.get(i).readiness());
            stepwise = stepwise.record(engine, step, checkIn, days.get(i).readiness());
        }
        Collections.reverse(checkIns);
        assertThat(StepProgress.replay(engine, step, checkIns, List.of(), readiness)).isEqualTo(stepwise);
    }

    @Property
    void aSingleMissNeverSendsStrengthToZero(@ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing,
            @ForAll("schedules") Schedule schedule, @ForAll("days") List<Day> history,
            @ForAll @IntRange(max = 3) int gap) {
        Engine engine = coach.engine();
        Step step = stepOf(sizing, schedule);
        StepProgress progress = StepProgress.start(engine, step)
                .record(engine, step, CheckIn.done(FIRST), Readiness.UNKNOWN);
        for (int i = 0; i < history.size(); i++) {
            Day day = history.get(i);
            progress = progress.record(engine, step, day.on(FIRST.plusDays(1 + i * 2L), sizing), day.readiness());
        }
        LocalDate missDay = FIRST.plusDays(1 + history.size() * 2L + gap);
        StepProgress afterMiss = progress.record(engine, step, CheckIn.missed(missDay), Readiness.UNKNOWN);
        assertThat(afterMiss.strength().value()).isGreaterThan(0);
        if (!(schedule instanceof Schedule.TimesInDays)) {
            // A schedule of times in days reads a window: one miss among enough done days can still meet it.
            assertThat(afterMiss.strength().value()).isLessThan(progress.strength().value());
        }
        assertThat(engine.propose(sizing, afterMiss.engine(), missDay.plusDays(1), Readiness.UNKNOWN).size())
                .isGreaterThanOrEqualTo(sizing.floor());
    }

    // Limits set by a slip, a crisis and the person's own choice.

    @Property
    void afterASlipTheNextSixProposalsAreNeverBiggerThanTheSizeAskedOnTheSlipDay(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll("week") List<Day> after) {
        assertNothingBiggerAfterASlip(coach.engine(), sizing, history, after.subList(0, 6));
    }

    @Property
    void afterASlipTheNextSevenProposalsAreNeverBiggerThanTheSizeAskedOnTheSlipDay(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll("week") List<Day> after) {
        assertNothingBiggerAfterASlip(coach.engine(), sizing, history, after);
    }

    private static void assertNothingBiggerAfterASlip(Engine engine, Sizing sizing, List<Day> history, List<Day> after) {
        EngineState state = replay(engine, sizing, history);
        LocalDate slipDay = FIRST.plusDays(history.size());
        Recorded slipped = engine.record(sizing, state, new CheckIn(slipDay, Outcome.SLIP, null, null, null),
                Readiness.UNKNOWN);
        double asked = slipped.asked().size();
        state = slipped.state();
        for (int i = 0; i < after.size(); i++) {
            LocalDate day = slipDay.plusDays(1 + i);
            Day lived = after.get(i);
            assertThat(engine.propose(sizing, state, day, lived.readiness()).size())
                    .as("%d days after the slip", i + 1).isLessThanOrEqualTo(asked);
            state = lived.record(engine, sizing, state, day);
        }
    }

    @Property
    void duringACrisisNoProposalIsBiggerThanTheLastAndTheLevelNeverRises(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll("crisis") List<Day> crisisDays) {
        Engine engine = coach.engine();
        List<EngineState> states = replayEachDay(engine, sizing, history);
        int n = history.size();
        LocalDate crisisDay = FIRST.plusDays(n);
        Double last = n == 0 ? null
                : engine.propose(sizing, states.get(n - 1), crisisDay.minusDays(1), Readiness.UNKNOWN).size();
        EngineState state = engine.crisis(states.get(n), crisisDay);
        double level = state.level();
        for (int i = 0; i < crisisDays.size(); i++) {
            LocalDate day = crisisDay.plusDays(i);
            Day lived = crisisDays.get(i);
            double regular = engine.propose(sizing, state, day, Readiness.UNKNOWN).size();
            if (last != null) {
                assertThat(regular).as("crisis day %d", i + 1).isLessThanOrEqualTo(last);
            }
            assertThat(engine.propose(sizing, state, day, lived.readiness()).size()).isLessThanOrEqualTo(regular);
            state = lived.record(engine, sizing, state, day);
            assertThat(state.level()).as("level after crisis day %d", i + 1).isLessThanOrEqualTo(level);
            last = regular;
        }
    }

    @Property
    void afterChoosingSmallerThanAGrowthNothingBiggerForSevenDays(
            @ForAll("coaches") Coach coach, @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history,
            @ForAll @DoubleRange(min = 0, max = 1) double smaller, @ForAll("week") List<Day> week) {
        Engine engine = coach.engine();
        EngineState state = replay(engine, sizing, history);
        LocalDate day = FIRST.plusDays(history.size());
        // Easy days until the coach offers growth.
        for (int i = 0; i < 1000 && engine.propose(sizing, state, day, Readiness.UNKNOWN).action() != Action.GROW; i++) {
            state = engine.record(sizing, state, new CheckIn(day, Outcome.DONE, null, 1, null), Readiness.UNKNOWN)
                    .state();
            day = day.plusDays(1);
        }
        Proposal offer = engine.propose(sizing, state, day, Readiness.UNKNOWN);
        Assume.that(offer.action() == Action.GROW);

        // A size the step shows (whole quanta, the floor or a rung): one between quanta is refused.
        double chosen = sizing.show(sizing.levelOf(sizing.floor() + smaller * (offer.size() - sizing.floor())));
        // Taking the offer itself is not declining it (a test in EngineTest covers that case).
        Assume.that(chosen < offer.size());
        state = engine.choose(sizing, state, day, chosen, Readiness.UNKNOWN);
        for (int i = 0; i < week.size(); i++) {
            LocalDate later = day.plusDays(i);
            assertThat(engine.propose(sizing, state, later, Readiness.UNKNOWN).size())
                    .as("%d days after the choice", i).isLessThanOrEqualTo(chosen);
            state = week.get(i).record(engine, sizing, state, later);
        }
    }

    // The belief.

    @Property
    void theBeliefStaysANormalDistributionWhateverHappened(
            @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history) {
        Belief belief = replay(Engine.standard(), sizing, history).belief();
        assertThat(belief.capacity()).isFinite();
        assertThat(belief.growth()).isFinite();
        assertThat(belief.capacityVariance()).isPositive();
        assertThat(belief.growthVariance()).isPositive();
        assertThat(belief.covariance() * belief.covariance())
                .isLessThanOrEqualTo(belief.capacityVariance() * belief.growthVariance());
    }

    @Property
    void aDayDoneNeverLowersTheBeliefInTheirCapacityAndAMissNeverRaisesIt(
            @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history, @ForAll boolean done,
            @ForAll @DoubleRange(min = -3, max = 3) double above, @ForAll DayOfWeek weekday) {
        Belief belief = replay(Engine.standard(), sizing, history).belief();
        double level = belief.capacity() + above;
        double after = belief.after(level, weekday, done).capacity();
        if (done) {
            assertThat(after).isGreaterThanOrEqualTo(belief.capacity());
        } else {
            assertThat(after).isLessThanOrEqualTo(belief.capacity());
        }
    }

    private static EngineState replay(Engine engine, Sizing sizing, List<Day> history) {
        List<EngineState> states = replayEachDay(engine, sizing, history);
        return states.get(states.size() - 1);
    }

    /** The state before the first day and after each day, a day apart from {@link #FIRST}. */
    private static List<EngineState> replayEachDay(Engine engine, Sizing sizing, List<Day> history) {
        List<EngineState> states = new ArrayList<>();
        EngineState state = engine.start(sizing);
        states.add(state);
        for (int i = 0; i < history.size(); i++) {
            state = history.get(i).record(engine, sizing, state, FIRST.plusDays(i));
            states.add(state);
        }
        return states;
    }

    /** An engine and what to call it when a property fails. */
    record Coach(String name, Engine engine) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One day of a generated history, before it is given a date. */
    record Day(Outcome outcome, Double amount, Integer resistance, Readiness readiness) {
        CheckIn on(LocalDate date, Sizing sizing) {
            return new CheckIn(date, outcome, outcome == Outcome.DONE ? amountOn(sizing, amount) : null, resistance,
                    null);
        }

        EngineState record(Engine engine, Sizing sizing, EngineState state, LocalDate date) {
            return engine.record(sizing, state, on(date, sizing), readiness).state();
        }
    }

    /** A rung is done or not: ladders take no amount. */
    private static Double amountOn(Sizing sizing, Double amount) {
        return sizing.isLadder() ? null : amount;
    }

    @Provide
    Arbitrary<Coach> coaches() {
        return Arbitraries.of(
                new Coach("the shipped engine", Engine.standard()),
                new Coach("p* set to 0.80", new Engine(EngineSettings.DEFAULTS.withTarget(0.80))),
                new Coach("p* set to 0.85", new Engine(EngineSettings.DEFAULTS.withTarget(0.85))),
                new Coach("p* set to 0.90", new Engine(EngineSettings.DEFAULTS.withTarget(0.90))));
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<Schedule> weekdays = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(6)
                .map(Schedule.Weekdays::new);
        Arbitrary<Schedule> timesInDays = Arbitraries.integers().between(2, Schedule.MAX_DAYS)
                .flatMap(days -> Arbitraries.integers().between(1, days - 1)
                        .map(times -> new Schedule.TimesInDays(times, days)));
        return Arbitraries.oneOf(Arbitraries.just(Schedule.DAILY), weekdays, timesInDays);
    }

    private static Step stepOf(Sizing sizing, Schedule schedule) {
        return new Step(1, 1, "Walk", sizing, null, schedule, FIRST);
    }

    @Provide
    Arbitrary<List<Day>> days() {
        return day().list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Day>> week() {
        return day().list().ofSize(7);
    }

    @Provide
    Arbitrary<List<Day>> crisis() {
        return day().list().ofSize(EngineState.CRISIS_DAYS);
    }

    private Arbitrary<Day> day() {
        return Combinators.combine(Arbitraries.of(Outcome.class), amounts(),
                        Arbitraries.integers().between(0, 10).injectNull(0.2), readiness())
                .as(Day::new);
    }

    @Provide
    Arbitrary<Double> amounts() {
        return Arbitraries.doubles().between(0, 200).ofScale(1).injectNull(0.6);
    }

    /** Mostly ordinary days; now and then a hard one. */
    @Provide
    Arbitrary<Readiness> readiness() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 10).injectNull(0.3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Readiness.UNKNOWN)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(score, score, score).as(Readiness::new)));
    }

    /** Amounts and ladders alike: every rule above holds for both. */
    @Provide
    Arbitrary<Sizing> sizings() {
        return Arbitraries.oneOf(amountSizings(), ladders());
    }

    private Arbitrary<Sizing> amountSizings() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0.5, 20).ofScale(1),
                        Arbitraries.of(1.0, 0.5, 5.0),
                        Arbitraries.doubles().between(1, 3).ofScale(2),
                        Arbitraries.doubles().between(1, 50).ofScale(1))
                .as((floor, quantum, startFactor, ceilingFactor) -> {
                    double start = floor * startFactor;
                    return new Sizing(start, "minutes", quantum, floor, start * ceilingFactor);
                });
    }

    /** Two to twelve rungs, starting on any of them. */
    @Provide
    Arbitrary<Sizing> ladders() {
        return Arbitraries.integers().between(Sizing.MIN_RUNGS, Sizing.MAX_RUNGS).flatMap(count -> Arbitraries
                .integers().between(1, count).map(start -> Sizing.ladder(rungs(count), start)));
    }

    private static List<String> rungs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(rung -> "Rung " + rung).toList();
    }
}
