package coach.kaizen.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepProgress;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class EngineProperties {

    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private final Engine engine = Engine.standard();

    @Property
    void sizesStayWithinFloorAndCeiling(@ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> days) {
        EngineState state = engine.start(sizing);
        for (int i = 0; i < days.size(); i++) {
            state = engine.record(sizing, state, days.get(i).on(FIRST.plusDays(i)), Readiness.UNKNOWN).state();
            double size = engine.propose(sizing, state, LATER, Readiness.UNKNOWN).size();
            assertThat(size).isBetween(sizing.floor(), sizing.ceiling());
        }
    }

    @Property
    void aMissOrASkipNeverGrowsTheStep(
            @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history, @ForAll boolean skip) {
        EngineState state = replay(sizing, history);
        CheckIn next = skip ? CheckIn.skipped(FIRST.plusDays(history.size())) : CheckIn.missed(FIRST.plusDays(history.size()));
        EngineState after = engine.record(sizing, state, next, Readiness.UNKNOWN).state();
        assertThat(after.level()).isLessThanOrEqualTo(state.level());
        assertThat(engine.propose(sizing, after, LATER, Readiness.UNKNOWN).size())
                .isLessThanOrEqualTo(engine.propose(sizing, state, LATER, Readiness.UNKNOWN).size());
    }

    @Property
    void aHardDoneNeverGrowsTheStep(
            @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history, @ForAll("hard") int resistance) {
        EngineState state = replay(sizing, history);
        CheckIn hard = new CheckIn(FIRST.plusDays(history.size()), Outcome.DONE, null, resistance, null);
        assertThat(engine.record(sizing, state, hard, Readiness.UNKNOWN).state().level())
                .isLessThanOrEqualTo(state.level());
    }

    @Property
    void theSameHistoryAlwaysGivesTheSameProposal(@ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> history) {
        Proposal first = engine.propose(sizing, replay(sizing, history), LATER, Readiness.UNKNOWN);
        Proposal second = engine.propose(sizing, replay(sizing, history), LATER, Readiness.UNKNOWN);
        assertThat(second).isEqualTo(first);
    }

    @Property
    void replayingEqualsRecordingDayByDay(
            @ForAll("sizings") Sizing sizing, @ForAll("days") List<Day> days, @ForAll("readiness") List<Readiness> moods) {
        List<CheckIn> checkIns = new ArrayList<>();
        Map<LocalDate, Readiness> readiness = new HashMap<>();
        StepProgress stepwise = StepProgress.start(engine, sizing);
        for (int i = 0; i < days.size(); i++) {
            CheckIn checkIn = days.get(i).on(FIRST.plusDays(i * 2L));
            Readiness thatDay = moods.isEmpty() ? Readiness.UNKNOWN : moods.get(i % moods.size());
            checkIns.add(checkIn);
            readiness.put(checkIn.day(), thatDay);
            stepwise = stepwise.record(engine, sizing, checkIn, thatDay);
        }
        Collections.reverse(checkIns);
        assertThat(StepProgress.replay(engine, sizing, checkIns, readiness)).isEqualTo(stepwise);
    }

    @Property
    void aSingleMissNeverSendsStrengthToZero(
            @ForAll("sizings") Sizing sizing, @ForAll @Size(min = 1, max = 60) List<@net.jqwik.api.constraints.IntRange(max = 3) Integer> gaps) {
        StepProgress progress = StepProgress.start(engine, sizing);
        LocalDate day = FIRST;
        for (int gap : gaps) {
            progress = progress.record(engine, sizing, CheckIn.done(day), Readiness.UNKNOWN);
            day = day.plusDays(1 + gap);
        }
        StepProgress afterMiss = progress.record(engine, sizing, CheckIn.missed(day), Readiness.UNKNOWN);
        assertThat(afterMiss.strength().value()).isGreaterThan(0);
    }

    private EngineState replay(Sizing sizing, List<Day> history) {
        EngineState state = engine.start(sizing);
        for (int i = 0; i < history.size(); i++) {
            state = engine.record(sizing, state, history.get(i).on(FIRST.plusDays(i)), Readiness.UNKNOWN).state();
        }
        return state;
    }

    /** One day of a generated history, before it is given a date. */
    record Day(Outcome outcome, Double amount, Integer resistance) {
        CheckIn on(LocalDate date) {
            return new CheckIn(date, outcome, outcome == Outcome.DONE ? amount : null, resistance, null);
        }
    }

    @Provide
    Arbitrary<List<Day>> days() {
        Arbitrary<Day> day = Combinators.combine(
                        Arbitraries.of(Outcome.class),
                        Arbitraries.doubles().between(0, 200).ofScale(1).injectNull(0.6),
                        Arbitraries.integers().between(0, 10).injectNull(0.2))
                .as(Day::new);
        return day.list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Readiness>> readiness() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 10).injectNull(0.3);
        return Combinators.combine(score, score, score).as(Readiness::new).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<Sizing> sizings() {
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

    @Provide
    Arbitrary<Integer> hard() {
        return Arbitraries.integers().between(EngineSettings.DEFAULTS.hardResistance(), 10);
    }
}
