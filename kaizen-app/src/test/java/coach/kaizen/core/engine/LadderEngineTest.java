package coach.kaizen.core.engine;

import static coach.kaizen.core.engine.EnglishReasons.english;
import static coach.kaizen.core.engine.EnglishReasons.englishRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Sizing;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A qualitative step on a ladder of rungs follows every rule an amount does. */
class LadderEngineTest {

    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final List<String> MEDITATE = List.of(
            "Sit down on the cushion", "Three breaths", "One minute of breathing", "Five minutes guided");

    private final Engine engine = Engine.standard();
    private final Engine plainController = new Engine(EngineSettings.DEFAULTS.withTarget(0.85));
    private final Sizing meditate = Sizing.ladder(MEDITATE, 1);

    @Test
    void aFirstDayNamesTheStartRungInQuotes() {
        Proposal p = engine.propose(meditate, engine.start(meditate), DAY, Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.HOLD);
        assertThat(p.size()).isEqualTo(1);
        assertThat(english(p.reason())).isEqualTo(
                "A first day: “Sit down on the cushion” is small on purpose, easy to start and easy to repeat.");
    }

    @Test
    void thePlainControllerClimbsHalfARungFromTheStartThenARungInTenEasyDays() {
        // Half a rung is ln(1.1) / 2 ÷ ln(1.01) ≈ 4.8 easy days; a whole rung ≈ 9.6, so rung 3 comes at 14.4 → 15.
        assertThat(propose(plainController, easyDays(plainController, meditate, 4)).size()).isEqualTo(1);
        Proposal second = propose(plainController, easyDays(plainController, meditate, 5));
        assertThat(second.action()).isEqualTo(Action.GROW);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.reason().code()).isEqualTo(ReasonCode.GROW_AFTER_EASY_DAYS);
        assertThat(english(second.reason())).isEqualTo("Five easy days in a row: ready for “Three breaths”?");

        assertThat(propose(plainController, easyDays(plainController, meditate, 14)).size()).isEqualTo(2);
        Proposal third = propose(plainController, easyDays(plainController, meditate, 15));
        assertThat(third.size()).isEqualTo(3);
        assertThat(english(third.reason())).isEqualTo("15 easy days in a row: ready for “One minute of breathing”?");
    }

    @Test
    void theWarmUpClimbsARungInFiveEasyDays() {
        // Two one-percent steps a day: half a rung takes 2.4 → 3 days, the next whole rung 7.2 → 8.
        assertThat(propose(engine, easyDays(engine, meditate, 2)).size()).isEqualTo(1);
        assertThat(english(propose(engine, easyDays(engine, meditate, 3)).reason()))
                .isEqualTo("Three easy days in a row: ready for “Three breaths”?");
        assertThat(propose(engine, easyDays(engine, meditate, 7)).size()).isEqualTo(2);
        assertThat(propose(engine, easyDays(engine, meditate, 8)).size()).isEqualTo(3);
    }

    @Test
    void aMissStepsDownARungButNeverBelowTheFirst() {
        EngineState climbed = easyDays(engine, meditate, 3);
        EngineState missed = record(climbed, CheckIn.missed(DAY.plusDays(3)));
        // A new step aims at 90%: the miss moves down nine one-percent steps, most of a rung.
        assertThat(missed.level()).isEqualTo(0);
        Proposal p = engine.propose(meditate, missed, DAY.plusDays(4), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.SHRINK);
        assertThat(p.size()).isEqualTo(1);
        assertThat(english(p.reason())).isEqualTo("One miss: a smaller step, “Sit down on the cushion”, keeps you going.");
    }

    @Test
    void aHardDoneNeverClimbsAndSaysSoInThePersonsWords() {
        EngineState hard = record(engine.start(meditate), done(DAY, 8));
        assertThat(hard.level()).isEqualTo(0);
        assertThat(english(propose(engine, hard).reason())).isEqualTo("It felt hard the last time you did it "
                + "(resistance 8): “Sit down on the cushion” again, with no growth until it feels easier.");
    }

    @Test
    void aHardDayProposesTheFirstRungAndDoingItNeverMovesTheLevel() {
        EngineState state = easyDays(engine, meditate, 3);
        Readiness tired = new Readiness(2, null, null);
        Proposal p = engine.propose(meditate, state, DAY.plusDays(3), tired);
        assertThat(p.action()).isEqualTo(Action.FLOOR);
        assertThat(p.size()).isEqualTo(1);
        assertThat(english(p.reason()))
                .isEqualTo("A hard day: the smallest version, “Sit down on the cushion”, counts fully today.");
        EngineState after = engine.record(meditate, state, CheckIn.done(DAY.plusDays(3)), tired).state();
        assertThat(after.level()).isEqualTo(state.level());
    }

    @Test
    void neverClimbsBeyondTheLastRung() {
        EngineState state = easyDays(engine, meditate, 200);
        assertThat(state.level()).isEqualTo(meditate.levelOf(4));
        Proposal top = propose(engine, state);
        assertThat(top.size()).isEqualTo(4);
        assertThat(top.reason().code()).isEqualTo(ReasonCode.HOLD_AT_CEILING);
        assertThat(english(top.reason()))
                .isEqualTo("“Five minutes guided” is the last rung of your ladder: keep it steady.");
    }

    // Consent: choosing a lower rung.

    @Test
    void choosingALowerRungThanAClimbKeepsToItForSevenDays() {
        Sizing fromSecond = Sizing.ladder(MEDITATE, 2);
        EngineState state = easyDays(engine, fromSecond, 3);
        LocalDate thursday = DAY.plusDays(3);
        assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(engine.propose(fromSecond, state, thursday, Readiness.UNKNOWN).size()).isEqualTo(3);

        state = engine.choose(fromSecond, state, thursday, 2, Readiness.UNKNOWN);
        assertThat(state.level()).isEqualTo(fromSecond.levelOf(2));
        assertThat(english(engine.propose(fromSecond, state, thursday, Readiness.UNKNOWN).reason()))
                .isEqualTo("You chose “Three breaths”, so the coach keeps to it until Wednesday.");
        for (int i = 0; i < 7; i++) {
            LocalDate day = thursday.plusDays(i);
            assertThat(engine.propose(fromSecond, state, day, Readiness.UNKNOWN).size()).as(day.toString()).isEqualTo(2);
            state = engine.record(fromSecond, state, done(day, 0), Readiness.UNKNOWN).state();
        }
        assertThat(engine.propose(fromSecond, state, thursday.plusDays(7), Readiness.UNKNOWN).action())
                .as("after seven days the coach offers the climb again").isEqualTo(Action.GROW);
    }

    @Test
    void choosingALowerRungThanAHoldSaysItIsPartOfTheMethod() {
        Sizing fromThird = Sizing.ladder(MEDITATE, 3);
        EngineState state = engine.record(fromThird, engine.start(fromThird), done(DAY, 5), Readiness.UNKNOWN).state();
        EngineState chosen = engine.choose(fromThird, state, DAY.plusDays(1), 1, Readiness.UNKNOWN);
        assertThat(chosen.level()).isEqualTo(0);
        assertThat(chosen.limit()).isNull();
        assertThat(english(engine.propose(fromThird, chosen, DAY.plusDays(1), Readiness.UNKNOWN).reason())).isEqualTo(
                "You chose “Sit down on the cushion” for today. Choosing smaller is part of the method, not a step back.");
    }

    @Test
    void aHigherRungIsRefusedWithTheRungsThatWouldDo() {
        Sizing fromThird = Sizing.ladder(MEDITATE, 3);
        EngineState state = engine.start(fromThird);
        String range = "a smaller rung can be from rung 1 (“Sit down on the cushion”) "
                + "to rung 3 (“One minute of breathing”) today";
        assertThat(englishRefusal(() -> engine.choose(fromThird, state, DAY, 4, Readiness.UNKNOWN)))
                .isEqualTo(range);
        assertThat(englishRefusal(() -> engine.choose(fromThird, state, DAY, 0, Readiness.UNKNOWN)))
                .isEqualTo(range);
        assertThat(engine.choiceProblem(fromThird, state, DAY, 2, Readiness.UNKNOWN)).isEmpty();
    }

    @Test
    void onTheFirstRungThereIsNoLowerOneToChoose() {
        EngineState state = engine.start(meditate);
        assertThat(engine.choose(meditate, state, DAY, 1, Readiness.UNKNOWN)).isEqualTo(state);
        assertThat(englishRefusal(() -> engine.choose(meditate, state, DAY, 2, Readiness.UNKNOWN)))
                .isEqualTo("today's step is already its first rung, “Sit down on the cushion”");
        assertThat(englishRefusal(() -> engine.choose(meditate, state, DAY, 1, new Readiness(1, null, null))))
                .isEqualTo("today's step is already its smallest version, “Sit down on the cushion”");
    }

    // Crisis, and what a ladder's check-in carries.

    @Test
    void aCrisisHoldsTheRungAndSaysSafetyComesFirst() {
        EngineState state = engine.crisis(easyDays(engine, meditate, 3), DAY.plusDays(3));
        Proposal p = propose(engine, state);
        assertThat(p.size()).as("the climb to rung 2 waits").isEqualTo(1);
        assertThat(english(p.reason())).isEqualTo(
                "Your safety comes first: “Sit down on the cushion” is plenty, and nothing grows for a few days.");
    }

    /** The proposal on the day after the last recorded one. */
    private Proposal propose(Engine coach, EngineState state) {
        return coach.propose(meditate, state, state.lastDay().plusDays(1), Readiness.UNKNOWN);
    }

    /** {@code count} easy days (resistance 2) from the start. */
    private static EngineState easyDays(Engine coach, Sizing sizing, int count) {
        EngineState state = coach.start(sizing);
        for (int i = 0; i < count; i++) {
            state = coach.record(sizing, state, done(DAY.plusDays(i), 2), Readiness.UNKNOWN).state();
        }
        return state;
    }

    private static CheckIn done(LocalDate day, int resistance) {
        return new CheckIn(day, Outcome.DONE, null, resistance, null);
    }

    private EngineState record(EngineState state, CheckIn checkIn) {
        return engine.record(meditate, state, checkIn, Readiness.UNKNOWN).state();
    }
}
