package coach.kaizen.core.engine;

import static coach.kaizen.core.engine.EnglishReasons.english;
import static coach.kaizen.core.engine.EnglishReasons.englishRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(english(second.reason())).isEqualTo("Five easy times in a row: ready for “Three breaths”?");

        assertThat(propose(plainController, easyDays(plainController, meditate, 14)).size()).isEqualTo(2);
        Proposal third = propose(plainController, easyDays(plainController, meditate, 15));
        assertThat(third.size()).isEqualTo(3);
        assertThat(english(third.reason())).isEqualTo("15 easy times in a row: ready for “One minute of breathing”?");
    }

    @Test
    void easyDaysClimbTheLadderAtTheRungDoneNinetySevenTimesInAHundred() {
        // A rung is a tenth more on the level: 1.08, 1.15, 1.22 and 1.28 after one to four easy days, less the
        // caution of a weekday not seen yet, shows rung 1, 2, 2, 3.
        assertThat(propose(engine, easyDays(engine, meditate, 1)).size()).isEqualTo(1);
        Proposal second = propose(engine, easyDays(engine, meditate, 2));
        assertThat(second.action()).isEqualTo(Action.GROW);
        assertThat(second.size()).isEqualTo(2);
        assertThat(english(second.reason())).isEqualTo("Two easy times in a row: ready for “Three breaths”?");
        assertThat(propose(engine, easyDays(engine, meditate, 3)).size()).isEqualTo(2);
        assertThat(propose(engine, easyDays(engine, meditate, 4)).size()).isEqualTo(3);
        for (int days = 1; days <= 4; days++) {
            assertThat(EngineTest.risk(easyDays(engine, meditate, days))).isCloseTo(0.03, within(1e-9));
        }
    }

    @Test
    void aMissStepsDownARungButNeverBelowTheFirst() {
        EngineState climbed = easyDays(engine, meditate, 3);
        EngineState missed = record(climbed, CheckIn.missed(DAY.plusDays(3)));
        // The risk allowed halves to 1.5%: the belief, still unsure of the person, falls below the first rung.
        assertThat(missed.level()).isEqualTo(0);
        Proposal p = engine.propose(meditate, missed, DAY.plusDays(4), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.SHRINK);
        assertThat(p.size()).isEqualTo(1);
        assertThat(english(p.reason())).isEqualTo("One miss: a smaller step, “Sit down on the cushion”, keeps you going.");
    }

    /** However far one miss moves the belief, a ladder comes down a rung at a time, as it climbs. */
    @Test
    void aMissAtTheTopStepsDownOneRungNotToTheBottom() {
        EngineState top = easyDays(engine, meditate, 30);
        assertThat(propose(engine, top).size()).isEqualTo(4);
        EngineState missed = record(top, CheckIn.missed(DAY.plusDays(30)));
        assertThat(missed.level()).as("the belief alone would ask a lower rung").isLessThan(meditate.levelOf(3));
        Proposal next = engine.propose(meditate, missed, DAY.plusDays(31), Readiness.UNKNOWN);
        assertThat(next.action()).isEqualTo(Action.SHRINK);
        assertThat(next.size()).isEqualTo(3);
        EngineState again = record(missed, CheckIn.missed(DAY.plusDays(31)));
        assertThat(engine.propose(meditate, again, DAY.plusDays(32), Readiness.UNKNOWN).size()).isEqualTo(2);
    }

    /** The first rung chosen at the top, with nothing said that day: the next day goes on from it, not from the top. */
    @Test
    void aRungChosenIsWhereTheNextDayStartsFrom() {
        EngineState top = easyDays(engine, meditate, 30);
        LocalDate day = DAY.plusDays(30);
        assertThat(engine.propose(meditate, top, day, Readiness.UNKNOWN).size()).isEqualTo(4);
        EngineState chosen = engine.choose(meditate, top, day, 1, Readiness.UNKNOWN);
        assertThat(engine.propose(meditate, chosen, day.plusDays(1), Readiness.UNKNOWN).size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aHardDoneNeverClimbsAndSaysSoInThePersonsWords() {
        EngineState hard = record(engine.start(meditate), done(DAY, 8));
        assertThat(hard.level()).isEqualTo(0);
        assertThat(english(propose(engine, hard).reason())).isEqualTo("It felt hard the last time you did it "
                + "(8 of 10): “Sit down on the cushion” again, with no growth until it feels easier.");
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
        assertThat(propose(engine, state).size()).isLessThanOrEqualTo(4);
    }

    @Test
    void manyEasyDaysReachTheLastRung() {
        // The level is the last rung's, but the proposal stays on rung 3 however many easy days follow.
        Proposal top = propose(engine, easyDays(engine, meditate, 200));
        assertThat(top.size()).isEqualTo(4);
        assertThat(top.reason().code()).isEqualTo(ReasonCode.HOLD_AT_CEILING);
        assertThat(english(top.reason()))
                .isEqualTo("“Five minutes guided” is the last rung of your ladder: keep it steady.");
    }

    @Test
    void aLadderStartedHigherProposesItsStartRungFirst() {
        Sizing fromThird = Sizing.ladder(MEDITATE, 3);
        // The engine proposes rung 2, “Three breaths”, on the first day.
        assertThat(engine.propose(fromThird, engine.start(fromThird), DAY, Readiness.UNKNOWN).size()).isEqualTo(3);
    }

    @Test
    void choosingALowerRungThanAClimbKeepsToItForSevenDays() {
        Sizing fromSecond = Sizing.ladder(MEDITATE, 2);
        EngineState state = easyDays(engine, fromSecond, 2);
        LocalDate wednesday = DAY.plusDays(2);
        assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        Proposal climb = engine.propose(fromSecond, state, wednesday, Readiness.UNKNOWN);
        assertThat(climb.action()).isEqualTo(Action.GROW);
        assertThat(climb.size()).isEqualTo(3);

        state = engine.choose(fromSecond, state, wednesday, 2, Readiness.UNKNOWN);
        assertThat(state.level()).isEqualTo(fromSecond.levelOf(2));
        assertThat(english(engine.propose(fromSecond, state, wednesday, Readiness.UNKNOWN).reason()))
                .isEqualTo("You chose “Three breaths”, so the coach keeps to it until Tuesday.");
        for (int i = 0; i < 7; i++) {
            LocalDate day = wednesday.plusDays(i);
            assertThat(engine.propose(fromSecond, state, day, Readiness.UNKNOWN).size()).as(day.toString()).isEqualTo(2);
            state = engine.record(fromSecond, state, done(day, 0), Readiness.UNKNOWN).state();
        }
        assertThat(engine.propose(fromSecond, state, wednesday.plusDays(7), Readiness.UNKNOWN).action())
                .as("after seven days the coach offers the climb again").isEqualTo(Action.GROW);
    }

    @Test
    void choosingALowerRungThanAHoldSaysItIsPartOfTheMethod() {
        Sizing fromThird = Sizing.ladder(MEDITATE, 3);
        // After a hard day the level never rises, so the next offer does not climb (a weekday not seen
        // yet carries a little caution, which here is a rung).
        EngineState state = engine.record(fromThird, engine.start(fromThird), done(DAY, 8), Readiness.UNKNOWN).state();
        Proposal offer = engine.propose(fromThird, state, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(offer.action()).isNotEqualTo(Action.GROW);
        assertThat(offer.size()).isGreaterThan(1);
        EngineState chosen = engine.choose(fromThird, state, DAY.plusDays(1), 1, Readiness.UNKNOWN);
        assertThat(chosen.level()).isEqualTo(0);
        assertThat(chosen.limit()).isNull();
        assertThat(english(engine.propose(fromThird, chosen, DAY.plusDays(1), Readiness.UNKNOWN).reason())).isEqualTo(
                "You chose “Sit down on the cushion” for today. Choosing smaller is part of the method, not a step back.");
    }

    @Test
    void aHigherRungIsRefusedWithTheRungsThatWouldDo() {
        Sizing fromThird = Sizing.ladder(MEDITATE, 3);
        // A day done with some effort: the next day offers rung 3.
        EngineState state = engine.record(fromThird, engine.start(fromThird), done(DAY, 5), Readiness.UNKNOWN).state();
        LocalDate day = DAY.plusDays(1);
        assertThat(engine.propose(fromThird, state, day, Readiness.UNKNOWN).size()).isEqualTo(3);
        String range = "a smaller rung can be from rung 1 (“Sit down on the cushion”) "
                + "to rung 3 (“One minute of breathing”) today";
        assertThat(englishRefusal(() -> engine.choose(fromThird, state, day, 4, Readiness.UNKNOWN)))
                .isEqualTo(range);
        assertThat(englishRefusal(() -> engine.choose(fromThird, state, day, 0, Readiness.UNKNOWN)))
                .isEqualTo(range);
        assertThat(engine.choiceProblem(fromThird, state, day, 2, Readiness.UNKNOWN)).isEmpty();
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
        // Two easy days, and the climb to rung 2 offered on Wednesday waits.
        EngineState state = engine.crisis(easyDays(engine, meditate, 2), DAY.plusDays(2));
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
