package coach.kaizen.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private final Engine engine = new Engine(EngineSettings.DEFAULTS.withTarget(0.85));
    private final Sizing minutes = new Sizing(5, "minutes", 1, 1, 30.0);

    @Test
    void aNewStepHoldsItsStartSizeAndSaysWhy() {
        Proposal p = engine.propose(minutes, engine.start(minutes), LATER, Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.HOLD);
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.FIRST_DAY);
        assertThat(p.reason().text()).contains("5 minutes");
    }

    @Test
    void growsOnlyWhenTheRoundedSizeChanges() {
        EngineState state = engine.start(minutes);
        int day = 0;
        // ln(5.5 / 5) / ln(1.01) ≈ 9.6: the tenth easy day shows 6 minutes.
        for (; day < 9; day++) {
            state = record(state, new CheckIn(DAY.plusDays(day), Outcome.DONE, null, 2, null));
            assertThat(engine.propose(minutes, state, LATER, Readiness.UNKNOWN).action()).isEqualTo(Action.HOLD);
        }
        state = record(state, new CheckIn(DAY.plusDays(day), Outcome.DONE, null, 2, null));
        Proposal grow = engine.propose(minutes, state, LATER, Readiness.UNKNOWN);
        assertThat(grow.action()).isEqualTo(Action.GROW);
        assertThat(grow.size()).isEqualTo(6);
        assertThat(grow.reason().code()).isEqualTo(ReasonCode.GROW_AFTER_EASY_DAYS);
        assertThat(grow.reason().text()).isEqualTo("Ten easy days in a row: ready for 6 minutes?");
    }

    @Test
    void aHardDoneNeverGrowsTheStep() {
        EngineState state = engine.start(minutes);
        EngineState after = record(state, new CheckIn(DAY, Outcome.DONE, null, 7, null));
        assertThat(after.level()).isLessThan(state.level());
        Proposal p = engine.propose(minutes, after, LATER, Readiness.UNKNOWN);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HOLD_AFTER_HARD_DAY);
        assertThat(p.reason().text()).contains("resistance 7");
    }

    @Test
    void missesShrinkTheStepAndTheReasonCountsThem() {
        Sizing pages = new Sizing(20, "pages", 1, 1, null);
        EngineState state = engine.start(pages);
        state = record(pages, state, CheckIn.done(DAY));
        state = record(pages, state, CheckIn.missed(DAY.plusDays(1)));
        state = record(pages, state, CheckIn.missed(DAY.plusDays(2)));
        Proposal p = engine.propose(pages, state, LATER, Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.SHRINK);
        assertThat(p.size()).isEqualTo(18);
        assertThat(p.reason().text()).isEqualTo("Two misses in a row: a smaller step, 18 pages, keeps you going.");
    }

    @Test
    void aHardDayProposesTheFloorAndDoingItNeverMovesTheLevel() {
        EngineState state = record(engine.start(minutes), CheckIn.done(DAY));
        Readiness tired = new Readiness(2, 4, null);
        Proposal p = engine.propose(minutes, state, LATER, tired);
        assertThat(p.action()).isEqualTo(Action.FLOOR);
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.reason().text()).isEqualTo("A hard day: the smallest version, 1 minute, counts fully today.");

        EngineState after = engine.record(minutes, state, CheckIn.done(DAY.plusDays(1)), tired).state();
        assertThat(after.level()).isEqualTo(state.level());
        assertThat(after.lastSize()).isEqualTo(state.lastSize());
        assertThat(after.lastDay()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void overdoingCountsAsOneSuccess() {
        EngineState state = engine.start(minutes);
        EngineState once = record(state, new CheckIn(DAY, Outcome.DONE, 5.0, 2, null));
        EngineState overdone = record(state, new CheckIn(DAY, Outcome.DONE, 25.0, 2, null));
        assertThat(overdone.level()).isEqualTo(once.level());
    }

    @Test
    void doingLessThanAskedIsReadKindlyAndShrinks() {
        EngineState state = record(engine.start(minutes), new CheckIn(DAY, Outcome.DONE, 2.0, 3, null));
        assertThat(state.lastEvent()).isEqualTo(Event.SHORT);
        assertThat(state.level()).isLessThan(Math.log(5));
    }

    @Test
    void aSkipChangesNothingButTheDay() {
        EngineState state = record(engine.start(minutes), CheckIn.missed(DAY));
        EngineState skipped = record(state, CheckIn.skipped(DAY.plusDays(1)));
        assertThat(skipped.level()).isEqualTo(state.level());
        assertThat(skipped.lastDay()).isEqualTo(DAY.plusDays(1));
        assertThat(skipped.missesWithin(DAY.plusDays(1), 7)).isEqualTo(1);
        assertThat(skipped).usingRecursiveComparison().ignoringFields("lastDay", "misses").isEqualTo(state);
    }

    @Test
    void theLevelStaysBetweenFloorAndCeiling() {
        Sizing narrow = new Sizing(5, "minutes", 1, 4, 6.0);
        EngineState state = engine.start(narrow);
        for (int i = 0; i < 200; i++) {
            state = record(narrow, state, new CheckIn(DAY.plusDays(i), Outcome.DONE, null, 1, null));
        }
        assertThat(state.level()).isEqualTo(Math.log(6));
        Proposal top = engine.propose(narrow, state, LATER, Readiness.UNKNOWN);
        assertThat(top.reason().code()).isEqualTo(ReasonCode.HOLD_AT_CEILING);
        for (int i = 200; i < 400; i++) {
            state = record(narrow, state, CheckIn.missed(DAY.plusDays(i)));
        }
        assertThat(state.level()).isEqualTo(Math.log(4));
        assertThat(engine.propose(narrow, state, LATER, Readiness.UNKNOWN).size()).isEqualTo(4);
    }

    @Test
    void anEarlierDayCannotBeRecordedOnTopOfALaterOne() {
        EngineState state = record(engine.start(minutes), CheckIn.done(DAY));
        assertThatThrownBy(() -> record(state, CheckIn.missed(DAY)))
                .hasMessageContaining("replay");
    }

    private EngineState record(EngineState state, CheckIn checkIn) {
        return record(minutes, state, checkIn);
    }

    private EngineState record(Sizing sizing, EngineState state, CheckIn checkIn) {
        return engine.record(sizing, state, checkIn, Readiness.UNKNOWN).state();
    }
}
