package coach.kaizen.core.engine;

import static coach.kaizen.core.engine.EnglishReasons.english;
import static coach.kaizen.core.engine.EnglishReasons.englishRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.app.i18n.Catalog;
import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.step.Sizing;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final double A = UpDownController.ONE_PERCENT;

    private final Engine engine = Engine.standard();
    private final Engine plainController = new Engine(EngineSettings.DEFAULTS.withTarget(0.85));
    private final Sizing minutes = new Sizing(5, "minutes", 1, 1, 30.0);

    @Test
    void aNewStepHoldsItsStartSizeAndSaysWhy() {
        Proposal p = engine.propose(minutes, engine.start(minutes), DAY, Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.HOLD);
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.FIRST_DAY);
        assertThat(english(p.reason()))
                .isEqualTo("A first day: 5 minutes is small on purpose, easy to start and easy to repeat.");
    }

    @Test
    void theFirstBeliefGivesTheStartSizeNinetySevenChancesInAHundred() {
        // The person chose the start size as one they can do: the engine starts out believing it.
        for (Sizing sizing : List.of(minutes, new Sizing(20, "pages", 1, 1, null), Sizing.ladder(List.of("a", "b", "c"), 2))) {
            EngineState start = engine.start(sizing);
            assertThat(start.level()).isEqualTo(sizing.startLevel());
            assertThat(risk(start)).as(sizing.unit()).isCloseTo(0.03, within(1e-9));
        }
    }

    @Test
    void aNewStepsFirstProposalIsItsStartSizeWhateverItsQuantum() {
        // The engine gives 19 pages and 9 push-ups: its caution for a weekday not seen yet takes 7% off the start.
        for (Sizing sizing : List.of(new Sizing(20, "pages", 1, 1, null), new Sizing(10, "push-ups", 1, 1, null))) {
            Proposal first = engine.propose(sizing, engine.start(sizing), DAY, Readiness.UNKNOWN);
            assertThat(first.size()).as(sizing.unit()).isEqualTo(sizing.start());
        }
    }

    @Test
    void easyDaysGrowTheStepToTheSizeDoneNinetySevenTimesInAHundredForAllTheEngineKnows() {
        EngineState state = engine.start(minutes);
        double[] sizes = {5.40, 5.73, 6.03};
        for (int day = 0; day < 3; day++) {
            EngineState before = state;
            state = easyDays(engine, minutes, state, day, 1);
            // A day done says the person can do more than was believed, and a day of practice adds about 2%.
            assertThat(state.level()).isGreaterThan(before.level());
            assertThat(risk(state)).isCloseTo(0.03, within(1e-9));
            assertThat(Math.exp(state.level())).isCloseTo(sizes[day], within(0.005));
        }
        // Tuesday and Wednesday still showed 5, as a weekday not seen yet carries a little caution (about 7% off).
        assertThat(engine.propose(minutes, easyDays(engine, minutes, engine.start(minutes), 2), DAY.plusDays(2),
                Readiness.UNKNOWN).size()).isEqualTo(5);
        Proposal grow = engine.propose(minutes, state, DAY.plusDays(3), Readiness.UNKNOWN);
        assertThat(grow.action()).isEqualTo(Action.GROW);
        assertThat(grow.size()).isEqualTo(6);
        assertThat(grow.reason().code()).isEqualTo(ReasonCode.GROW_AFTER_EASY_DAYS);
        assertThat(english(grow.reason())).isEqualTo("Three easy times in a row: ready for 6 minutes?");

        // Sixty easy days: the belief learns the person grows about 3% a day, and 5 minutes become 24.
        state = easyDays(engine, minutes, state, 3, 57);
        assertThat(state.belief().growth()).isCloseTo(0.032, within(0.001));
        assertThat(engine.propose(minutes, state, DAY.plusDays(60), Readiness.UNKNOWN).size()).isEqualTo(24);
    }

    @Test
    void thePlainControllerGrowsOneStepPerEasyDaySoTheTenthEasyDayShowsSixMinutes() {
        EngineState state = plainController.start(minutes);
        for (int day = 0; day < 9; day++) {
            state = easyDays(plainController, minutes, state, day, 1);
            assertThat(plainController.propose(minutes, state, DAY.plusDays(day + 1), Readiness.UNKNOWN).action())
                    .isEqualTo(Action.HOLD);
        }
        state = easyDays(plainController, minutes, state, 9, 1);
        Proposal grow = plainController.propose(minutes, state, DAY.plusDays(10), Readiness.UNKNOWN);
        assertThat(grow.size()).isEqualTo(6);
        assertThat(english(grow.reason())).isEqualTo("Ten easy times in a row: ready for 6 minutes?");
    }

    @Test
    void aSkipOrTheFloorDoneOnAHardDayTeachesTheEngineNothing() {
        EngineState start = engine.start(minutes);
        EngineState state = record(start, CheckIn.skipped(DAY));
        state = engine.record(minutes, state, CheckIn.done(DAY.plusDays(1)), new Readiness(2, null, null)).state();
        assertThat(state.belief()).isEqualTo(start.belief());
        assertThat(state.level()).isEqualTo(start.level());
        assertThat(record(state, CheckIn.done(DAY.plusDays(2))).level())
                .isEqualTo(record(start, CheckIn.done(DAY.plusDays(2))).level());
    }

    @Test
    void someEffortGrowsTheStepAsAnEasyDayDoesAndTheReasonNamesTheEffort() {
        EngineState start = engine.start(minutes);
        EngineState easy = record(start, done(DAY, 2));
        for (int resistance = 4; resistance <= 6; resistance++) {
            EngineState after = record(start, done(DAY, resistance));
            assertThat(after.lastEvent()).isEqualTo(Event.EFFORTFUL);
            assertThat(after.level()).as("resistance %d", resistance).isEqualTo(easy.level()).isGreaterThan(start.level());
        }
        EngineState after = record(start, done(DAY, 5));
        // 5.40 minutes, less the caution of a Tuesday not seen yet: still 5.
        Proposal p = engine.propose(minutes, after, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.HOLD);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HOLD_AFTER_EFFORT);
        assertThat(english(p.reason())).isEqualTo("It took some effort last time (5 of 10): 5 minutes again.");
        assertThat(Catalog.shipped().texts("es").say(p.reason().message()))
                .isEqualTo("La última vez te costó un poco (5 de 10): otra vez 5 minutes.");

        for (int day = 1; day < 3; day++) {
            after = record(after, done(DAY.plusDays(day), 5));
        }
        Proposal grow = engine.propose(minutes, after, DAY.plusDays(3), Readiness.UNKNOWN);
        assertThat(grow.size()).as("three days with some effort grow it as three easy days do").isEqualTo(6);
        assertThat(english(grow.reason())).isEqualTo("Three times done in a row: a small step up to 6 minutes.");
    }

    @Test
    void withASetTargetSomeEffortCountsAsASuccess() {
        EngineState start = plainController.start(minutes);
        EngineState after = plainController.record(minutes, start, done(DAY, 6), Readiness.UNKNOWN).state();
        assertThat(after.level()).isCloseTo(start.level() + A, within(1e-12));
    }

    @Test
    void withASetTargetTheControllerHoldsExactlyAsBeforeAndLearnsNothing() {
        // Kaernbach's rule at 85%: 1% up per success, up · 0.85 / 0.15 down per miss, half that for a hard day done,
        // from the first day on (no caution for a new step, none for earlier misses).
        double down = A * 0.85 / 0.15;
        EngineState start = plainController.start(minutes);
        EngineState state = plainController.record(minutes, start, done(DAY, 2), Readiness.UNKNOWN).state();
        assertThat(state.level()).isCloseTo(Math.log(5) + A, within(1e-12));
        state = plainController.record(minutes, state, CheckIn.missed(DAY.plusDays(1)), Readiness.UNKNOWN).state();
        assertThat(state.level()).isCloseTo(Math.log(5) + A - down, within(1e-12));
        state = plainController.record(minutes, state, done(DAY.plusDays(2), 8), Readiness.UNKNOWN).state();
        assertThat(state.level()).isCloseTo(Math.log(5) + A - 1.5 * down, within(1e-12));
        state = plainController.record(minutes, state, CheckIn.missed(DAY.plusDays(3)), Readiness.UNKNOWN).state();
        assertThat(state.level()).isCloseTo(Math.log(5) + A - 2.5 * down, within(1e-12));
        assertThat(state.belief()).isEqualTo(start.belief());
        // No weekday is harder for a controller that learns nothing: Tuesday's size is the level's.
        assertThat(plainController.propose(minutes, state, DAY.plusDays(8), Readiness.UNKNOWN).size())
                .isEqualTo(minutes.show(state.level()));
    }

    @Test
    void aHardDoneNeverGrowsTheStep() {
        EngineState state = engine.start(minutes);
        for (int day = 0; day < 10; day++) {
            EngineState before = state;
            state = record(state, done(DAY.plusDays(day), 7 + day % 4));
            // Done at the edge of what they can do: the belief learns nothing from it, and only a day
            // done without strain moves the level up.
            assertThat(state.belief()).isEqualTo(before.belief());
            assertThat(state.level()).as("day %d", day).isEqualTo(Math.log(5));
        }
        Proposal p = engine.propose(minutes, record(engine.start(minutes), done(DAY, 7)), DAY.plusDays(1),
                Readiness.UNKNOWN);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HOLD_AFTER_HARD_DAY);
        assertThat(english(p.reason())).isEqualTo(
                "It felt hard the last time you did it (7 of 10): 5 minutes again, with no growth until it feels easier.");
    }

    @Test
    void afterAMissTheStepIsSmallerAndASecondMissInARowHalvesTheRiskAgain() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 20);
        assertThat(engine.propose(minutes, state, DAY.plusDays(20), Readiness.UNKNOWN).size()).isEqualTo(11);

        // The size after a miss is done 98.5 times in a hundred for all the engine now knows: 6.6 minutes.
        state = record(state, CheckIn.missed(DAY.plusDays(20)));
        assertThat(risk(state)).isCloseTo(0.015, within(1e-9));
        Proposal one = engine.propose(minutes, state, DAY.plusDays(21), Readiness.UNKNOWN);
        assertThat(one.action()).isEqualTo(Action.SHRINK);
        assertThat(one.size()).isEqualTo(7);
        assertThat(english(one.reason())).isEqualTo("One miss: a smaller step, 7 minutes, keeps you going.");

        // A second miss in a row: 99.25 in a hundred, 4 minutes.
        state = record(state, CheckIn.missed(DAY.plusDays(21)));
        assertThat(risk(state)).isCloseTo(0.0075, within(1e-9));
        Proposal two = engine.propose(minutes, state, DAY.plusDays(22), Readiness.UNKNOWN);
        assertThat(two.size()).isEqualTo(4);
        assertThat(english(two.reason())).isEqualTo("Two misses in a row: a smaller step, 4 minutes, keeps you going.");
    }

    @Test
    void theRiskAllowedHalvesAfterEachMissInARowSixTimesAtMostAndADayDoneAsksNinetySevenAgain() {
        // Seconds from 600, so that nine misses in a row stay far above the floor.
        Sizing seconds = new Sizing(600, "seconds", 1, 1, null);
        EngineState state = easyDays(engine, seconds, engine.start(seconds), 5);
        double allowed = 0.03;
        for (int miss = 1; miss <= 9; miss++) {
            state = record(seconds, state, CheckIn.missed(DAY.plusDays(4 + miss)));
            allowed = miss <= 6 ? allowed / 2 : allowed;
            assertThat(risk(state)).as("after %d misses in a row", miss).isCloseTo(allowed, within(1e-9));
        }
        assertThat(allowed).isEqualTo(0.03 / 64);
        state = record(seconds, state, done(DAY.plusDays(14), 2));
        assertThat(risk(state)).isCloseTo(0.03, within(1e-9));
    }

    @Test
    void aWeekdayWithRepeatedMissesGetsASmallerSizeAndTheReasonNamesIt() {
        Sizing pages = new Sizing(20, "pages", 1, 1, null);
        EngineState state = engine.start(pages);
        // Three weeks from a Monday: every Monday missed, every other day done.
        for (int i = 0; i < 21; i++) {
            LocalDate day = DAY.plusDays(i);
            state = record(pages, state, day.getDayOfWeek() == DayOfWeek.MONDAY ? CheckIn.missed(day) : done(day, 2));
        }
        assertThat(state.belief().weekday()[DayOfWeek.MONDAY.ordinal()]).isNegative();

        // The same state: 6.6 pages on an ordinary day, Mondays have gone about 0.55 lower on the log scale.
        Proposal tuesday = engine.propose(pages, state, DAY.plusDays(22), Readiness.UNKNOWN);
        assertThat(tuesday.size()).isEqualTo(6);
        assertThat(tuesday.reason().code()).isEqualTo(ReasonCode.HOLD_STEADY);
        Proposal monday = engine.propose(pages, state, DAY.plusDays(21), Readiness.UNKNOWN);
        assertThat(monday.size()).isEqualTo(4);
        assertThat(monday.reason().code()).isEqualTo(ReasonCode.HARDER_WEEKDAY);
        assertThat(english(monday.reason())).isEqualTo("Monday tends to be harder for you, so a smaller step that day: 4 pages.");
        assertThat(Catalog.shipped().texts("es").say(monday.reason().message()))
                .isEqualTo("El lunes suele costarte más, así que ese día un paso más pequeño: 4 pages.");
    }

    @Test
    void anUnknownWeekdayCarriesALittleCautionButNoHarderWeekdayReason() {
        EngineState state = record(engine.start(minutes), done(DAY, 2));
        // 5.40 minutes after an easy Monday; Tuesday, never seen, shows 5 and says why it holds, not that it is harder.
        assertThat(Math.exp(state.level())).isCloseTo(5.40, within(0.005));
        Proposal tuesday = engine.propose(minutes, state, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(tuesday.size()).isEqualTo(5);
        assertThat(tuesday.reason().code()).isEqualTo(ReasonCode.HOLD_STEADY);
    }

    @Test
    void missesShrinkTheStepAndTheReasonCountsThem() {
        EngineState state = engine.start(minutes);
        state = record(state, CheckIn.done(DAY));
        state = record(state, CheckIn.missed(DAY.plusDays(1)));
        state = record(state, CheckIn.missed(DAY.plusDays(2)));
        Proposal p = engine.propose(minutes, state, DAY.plusDays(3), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.SHRINK);
        // A first miss finds the engine still unsure of the person: 5 minutes fall to 2, then to 1.
        assertThat(p.size()).isEqualTo(1);
        assertThat(english(p.reason())).isEqualTo("Two misses in a row: a smaller step, 1 minute, keeps you going.");
        assertThat(Catalog.shipped().texts("es").say(p.reason().message()))
                .isEqualTo("Dos días seguidos sin hacerlo: un paso más pequeño, 1 minute, te ayuda a seguir.");
    }

    @Test
    void theReasonCountsTheMissesOfThisWeek() {
        EngineState state = engine.start(minutes);
        state = record(state, CheckIn.missed(DAY));
        state = record(state, CheckIn.done(DAY.plusDays(1)));
        state = record(state, CheckIn.missed(DAY.plusDays(2)));
        Proposal p = engine.propose(minutes, state, DAY.plusDays(3), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.SHRINK);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.SHRINK_AFTER_MISSES);
        assertThat(english(p.reason()))
                .isEqualTo("Two misses in the last seven days: a smaller step, 1 minute, keeps you going.");
    }

    /** A day done below the size asked is a short day, never called a miss, though the engine is careful after it. */
    @Test
    void aShortDayIsNotCountedAsAMissInTheWords() {
        EngineState state = engine.start(minutes);
        state = record(state, new CheckIn(DAY, Outcome.DONE, 4.0, null, null));
        state = record(state, CheckIn.missed(DAY.plusDays(1)));
        Proposal p = engine.propose(minutes, state, DAY.plusDays(2), Readiness.UNKNOWN);
        assertThat(english(p.reason())).startsWith("One miss").doesNotContain("Two misses");
        // Missed, done, done short, missed: two misses, but not in a row.
        EngineState mixed = engine.start(minutes);
        mixed = record(mixed, CheckIn.missed(DAY));
        mixed = record(mixed, CheckIn.done(DAY.plusDays(1)));
        mixed = record(mixed, new CheckIn(DAY.plusDays(2), Outcome.DONE, 1.0, null, null));
        mixed = record(mixed, CheckIn.missed(DAY.plusDays(3)));
        assertThat(english(engine.propose(minutes, mixed, DAY.plusDays(4), Readiness.UNKNOWN).reason()))
                .startsWith("Two misses in the last seven days").doesNotContain("in a row");
    }

    /** What a person just did is never too much to ask next: a short day lowers the size to the amount done, not below it. */
    @Test
    void aShortDayAsksNoLessThanTheAmountDoneNext() {
        Sizing tens = new Sizing(10, "minutes", 1, 1, 60.0);
        EngineState state = engine.start(tens);
        // Days each done 3 minutes short of the size: the size follows them down, never below what they did.
        for (int day = 0; day < 3; day++) {
            double asked = engine.propose(tens, state, DAY.plusDays(day), Readiness.UNKNOWN).size();
            double done = asked - 3;
            state = record(tens, state, new CheckIn(DAY.plusDays(day), Outcome.DONE, done, null, null));
            double next = engine.propose(tens, state, DAY.plusDays(day + 1), Readiness.UNKNOWN).size();
            assertThat(next).as("day %d: asked %s, did %s", day, asked, done).isBetween(done, asked);
        }
        EngineState first = record(tens, engine.start(tens), new CheckIn(DAY, Outcome.DONE, 7.0, null, null));
        Proposal p = engine.propose(tens, first, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(p.size()).isEqualTo(7);
        assertThat(english(p.reason())).isEqualTo(
                "Last time you did less than planned, and that is useful to know: 7 minutes fits better this time.");
        // In steps of 5 minutes, 7 done is shown as the 10 above it, never the 5 below; and a skipped day keeps it.
        Sizing fives = new Sizing(15, "minutes", 5, 5, 60.0);
        EngineState shortOfFifteen = record(fives, engine.start(fives), new CheckIn(DAY, Outcome.DONE, 7.0, null, null));
        assertThat(engine.propose(fives, shortOfFifteen, DAY.plusDays(1), Readiness.UNKNOWN).size()).isEqualTo(10);
        EngineState thenSkipped = record(fives, shortOfFifteen, CheckIn.skipped(DAY.plusDays(1)));
        assertThat(engine.propose(fives, thenSkipped, DAY.plusDays(2), Readiness.UNKNOWN).size()).isEqualTo(10);
    }

    @Test
    void aSingleMissThatChangesNoShownSizeSaysSo() {
        // Ten pages is this step's floor: a miss cannot take it lower.
        Sizing tens = new Sizing(10, "pages", 10, 10, null);
        EngineState state = record(tens, engine.start(tens), CheckIn.done(DAY));
        state = record(tens, state, CheckIn.missed(DAY.plusDays(1)));
        Proposal p = engine.propose(tens, state, DAY.plusDays(2), Readiness.UNKNOWN);
        assertThat(p.action()).isEqualTo(Action.HOLD);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HOLD_AFTER_MISS);
        assertThat(english(p.reason())).isEqualTo("One miss changes little: 10 pages again.");
    }

    @Test
    void twoMissesThisWeekThatChangeNoShownSizeReadAsPlural() {
        Sizing tens = new Sizing(20, "pages", 10, 10, null);
        EngineState state = record(tens, engine.start(tens), CheckIn.missed(DAY));
        state = record(tens, state, CheckIn.done(DAY.plusDays(1)));
        state = record(tens, state, CheckIn.missed(DAY.plusDays(2)));
        Proposal p = engine.propose(tens, state, DAY.plusDays(3), Readiness.UNKNOWN);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HOLD_AFTER_MISS);
        assertThat(english(p.reason())).startsWith("Two misses in the last seven days")
                .doesNotContain("seven days changes");
    }

    @Test
    void aMissMoreThanSixDaysAgoIsNotThisWeek() {
        // Misses on two Mondays; the Tuesday after is asked (a Monday would name the harder weekday instead).
        EngineState state = record(engine.start(minutes), CheckIn.missed(DAY));
        for (int i = 1; i < 7; i++) {
            state = record(state, CheckIn.done(DAY.plusDays(i)));
        }
        state = record(state, CheckIn.missed(DAY.plusDays(7)));
        Proposal p = engine.propose(minutes, state, DAY.plusDays(8), Readiness.UNKNOWN);
        assertThat(english(p.reason())).startsWith("One miss");
    }

    @Test
    void aHardDayProposesTheFloorAndDoingItNeverMovesTheLevel() {
        EngineState state = record(engine.start(minutes), CheckIn.done(DAY));
        Readiness tired = new Readiness(2, 4, null);
        Proposal p = engine.propose(minutes, state, DAY.plusDays(1), tired);
        assertThat(p.action()).isEqualTo(Action.FLOOR);
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.HARD_DAY_FLOOR);
        assertThat(english(p.reason())).isEqualTo("A hard day: the smallest version, 1 minute, counts fully today.");

        EngineState after = engine.record(minutes, state, CheckIn.done(DAY.plusDays(1)), tired).state();
        assertThat(after.level()).isEqualTo(state.level());
        assertThat(after.lastSize()).isEqualTo(state.lastSize());
        assertThat(after.lastDay()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void highStressOrAStrongCravingIsAHardDayToo() {
        EngineState state = engine.start(minutes);
        assertThat(engine.propose(minutes, state, DAY, new Readiness(null, 8, null)).action()).isEqualTo(Action.FLOOR);
        assertThat(engine.propose(minutes, state, DAY, new Readiness(null, null, 7)).action()).isEqualTo(Action.FLOOR);
        assertThat(engine.propose(minutes, state, DAY, new Readiness(4, 7, 6)).action()).isEqualTo(Action.HOLD);
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
        assertThat(skipped).usingRecursiveComparison().ignoringFields("lastDay", "misses").isEqualTo(state);
        assertThat(skipped.lastDay()).isEqualTo(DAY.plusDays(1));
        assertThat(skipped.missesWithin(DAY.plusDays(2), 7)).as("the miss is still one miss this week").isEqualTo(1);
    }

    @Test
    void theLevelStaysBetweenFloorAndCeiling() {
        Sizing narrow = new Sizing(5, "minutes", 1, 4, 6.0);
        EngineState state = engine.start(narrow);
        for (int i = 0; i < 200; i++) {
            state = record(narrow, state, done(DAY.plusDays(i), 1));
        }
        assertThat(state.level()).isEqualTo(Math.log(6));
        Proposal top = engine.propose(narrow, state, DAY.plusDays(200), Readiness.UNKNOWN);
        assertThat(top.reason().code()).isEqualTo(ReasonCode.HOLD_AT_CEILING);
        assertThat(english(top.reason())).isEqualTo("6 minutes is the most you set for this step: keep it steady.");
        for (int i = 200; i < 400; i++) {
            state = record(narrow, state, CheckIn.missed(DAY.plusDays(i)));
        }
        assertThat(state.level()).isEqualTo(Math.log(4));
        assertThat(engine.propose(narrow, state, DAY.plusDays(400), Readiness.UNKNOWN).size()).isEqualTo(4);
    }

    @Test
    void anEarlierDayCannotBeRecordedOnTopOfALaterOne() {
        EngineState state = record(engine.start(minutes), CheckIn.done(DAY));
        assertThatThrownBy(() -> record(state, CheckIn.missed(DAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a check-in on 2026-05-04 needs a replay from the start");
    }

    // Consent: choosing smaller.

    @Test
    void choosingSmallerThanAGrowthKeepsToTheChoiceForSevenDaysAndSaysSo() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 3);
        LocalDate thursday = DAY.plusDays(3);
        assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(engine.propose(minutes, state, thursday, Readiness.UNKNOWN).action()).isEqualTo(Action.GROW);

        state = engine.choose(minutes, state, thursday, 5, Readiness.UNKNOWN);
        assertThat(state.level()).isEqualTo(Math.log(5));
        Proposal today = engine.propose(minutes, state, thursday, Readiness.UNKNOWN);
        assertThat(today.size()).isEqualTo(5);
        assertThat(today.reason().code()).isEqualTo(ReasonCode.YOUR_CHOICE);
        assertThat(english(today.reason())).isEqualTo("You chose 5 minutes, so the coach keeps to it until Wednesday.");
        assertThat(Catalog.shipped().texts("es").say(today.reason().message()))
                .isEqualTo("Elegiste 5 minutes, así que se mantiene así hasta el miércoles.");

        // Seven easy days take the level from 5 to 6.65 minutes; the choice holds the size at 5.
        for (int i = 0; i < 7; i++) {
            LocalDate day = thursday.plusDays(i);
            assertThat(engine.propose(minutes, state, day, Readiness.UNKNOWN).size()).as(day.toString()).isEqualTo(5);
            state = record(state, done(day, 0));
        }
        assertThat(Math.exp(state.level())).isCloseTo(6.65, within(0.005));
        assertThat(english(engine.propose(minutes, state, thursday.plusDays(6), Readiness.UNKNOWN).reason()))
                .as("on the choice's last day").isEqualTo("You chose 5 minutes, so the coach keeps to it today.");
        assertThat(engine.propose(minutes, state, thursday.plusDays(7), Readiness.UNKNOWN).action())
                .as("after seven days the coach offers growth again").isEqualTo(Action.GROW);
    }

    @Test
    void aWeekAfterChoosingSmallerTheReasonNoLongerNamesTheChoice() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 3);
        state = engine.choose(minutes, state, DAY.plusDays(3), 4, Readiness.UNKNOWN);
        Proposal lastDay = engine.propose(minutes, state, DAY.plusDays(9), Readiness.UNKNOWN);
        assertThat(lastDay.reason().code()).isEqualTo(ReasonCode.YOUR_CHOICE);
        Proposal after = engine.propose(minutes, state, DAY.plusDays(10), Readiness.UNKNOWN);
        assertThat(after.reason().code()).isNotEqualTo(ReasonCode.YOUR_CHOICE);
    }

    @Test
    void choosingSmallerThanAHoldMovesTheLevelButSetsNoLimit() {
        EngineState state = record(engine.start(minutes), done(DAY, 5));
        assertThat(engine.propose(minutes, state, DAY.plusDays(1), Readiness.UNKNOWN).action()).isEqualTo(Action.HOLD);
        EngineState chosen = engine.choose(minutes, state, DAY.plusDays(1), 2, Readiness.UNKNOWN);
        assertThat(chosen.level()).isEqualTo(Math.log(2));
        // The belief moves with the level: the chosen size is as sure as the offer was.
        assertThat(risk(chosen)).isCloseTo(risk(state), within(1e-12));
        assertThat(chosen.limit()).isNull();

        Proposal today = engine.propose(minutes, chosen, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(today.action()).isEqualTo(Action.SHRINK);
        assertThat(english(today.reason())).isEqualTo(
                "You chose 2 minutes for today. Choosing smaller is part of the method, not a step back.");
        assertThat(engine.propose(minutes, chosen, DAY.plusDays(2), Readiness.UNKNOWN).reason().code())
                .as("the next day's reason is about the next day").isNotEqualTo(ReasonCode.YOUR_CHOICE);
    }

    @Test
    void aChosenSizeIsWhatIsProposedForTheRestOfTheDay() {
        Sizing pages = new Sizing(20, "pages", 1, 1, null);
        EngineState state = engine.start(pages);
        for (int i = 0; i < 10; i++) {
            state = record(pages, state, done(DAY.plusDays(i), 5));
        }
        LocalDate day = DAY.plusDays(10);
        // The engine offers 31 pages; choosing 15 is then answered with 14.
        EngineState chosen = engine.choose(pages, state, day, 15, Readiness.UNKNOWN);
        assertThat(engine.propose(pages, chosen, day, Readiness.UNKNOWN).size()).isEqualTo(15);
    }

    @Test
    void takingTheOfferAsItIsChangesNothing() {
        EngineState state = record(engine.start(minutes), done(DAY, 5));
        Proposal offer = engine.propose(minutes, state, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(engine.choose(minutes, state, DAY.plusDays(1), offer.size(), Readiness.UNKNOWN)).isEqualTo(state);
    }

    @Test
    void aChoiceOutsideFloorToOfferIsRefusedWithTheRangeThatWouldDo() {
        EngineState state = engine.start(minutes);
        for (double outside : new double[] {6, 0, 0.5}) {
            assertThat(englishRefusal(() -> engine.choose(minutes, state, DAY, outside, Readiness.UNKNOWN))).as("%s", outside)
                    .isEqualTo("a smaller size can be from 1 to 5 today");
        }
        assertThat(engine.choiceProblem(minutes, state, DAY, 1, Readiness.UNKNOWN)).as("the floor itself").isEmpty();
    }

    /** Shown rounded, 2.5 minutes would read as 3: a size between the step's quanta is refused, never rounded up. */
    @Test
    void aChoiceBetweenTheStepsQuantaIsRefusedWithTheSizeBelowIt() {
        EngineState state = engine.start(minutes);
        assertThat(englishRefusal(() -> engine.choose(minutes, state, DAY, 2.5, Readiness.UNKNOWN)))
                .isEqualTo("2.5 minutes falls between sizes: this step moves 1 minute at a time, so choose 2 minutes "
                        + "or another size in steps of 1 minute");
        assertThat(englishRefusal(() -> engine.choose(minutes, state, DAY, 1.5, Readiness.UNKNOWN)))
                .isEqualTo("1.5 minutes falls between sizes: this step moves 1 minute at a time, so choose 1 minute "
                        + "or another size in steps of 1 minute");
        assertThat(engine.choiceProblem(minutes, state, DAY, 2, Readiness.UNKNOWN)).isEmpty();
    }

    @Test
    void takingTheOfferedGrowthStartsNoLimit() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 3);
        LocalDate day = DAY.plusDays(3);
        Proposal offer = engine.propose(minutes, state, day, Readiness.UNKNOWN);
        assertThat(offer.action()).isEqualTo(Action.GROW);
        assertThat(engine.choose(minutes, state, day, offer.size(), Readiness.UNKNOWN).limit()).isNull();
        assertThat(engine.choose(minutes, state, day, offer.size() - 1, Readiness.UNKNOWN).limit())
                .isEqualTo(offer.size() - 1);
    }

    @Test
    void onAHardDayThereIsNothingSmallerToChoose() {
        EngineState state = engine.start(minutes);
        assertThat(englishRefusal(() -> engine.choose(minutes, state, DAY, 1, new Readiness(1, null, null))))
                .isEqualTo("today's step is already its smallest version, 1 minute");
    }

    @Test
    void onAHardDayTheRefusalDoesNotOfferTheSizeItRefuses() {
        EngineState state = engine.start(minutes);
        assertThatThrownBy(() -> engine.choose(minutes, state, DAY, 1, new Readiness(1, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("from 1 to 1");
    }

    // Slips and crises.

    @Test
    void afterASlipNothingBiggerForAWeekAndTheReasonSaysSo() {
        // Two km is this step's floor, so the slip leaves the size where it was and the week's limit is what shows.
        Sizing km = new Sizing(2, "km", 0.1, 2, 10.0);
        EngineState state = engine.record(km, engine.start(km), new CheckIn(DAY, Outcome.SLIP, null, null, null),
                Readiness.UNKNOWN).state();
        assertThat(state.limit()).isEqualTo(2);
        assertThat(state.limitUntil()).isEqualTo(DAY.plusDays(7));
        Proposal p = engine.propose(km, state, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.AFTER_SLIP);
        assertThat(english(p.reason()))
                .isEqualTo("After a slip, small steps carry you back: 2 km, and nothing bigger until Monday.");

        // Where the slip makes the step smaller than the limit, the reason says that instead.
        EngineState minutesAfter = record(engine.start(minutes), new CheckIn(DAY, Outcome.SLIP, null, null, null));
        Proposal smaller = engine.propose(minutes, minutesAfter, DAY.plusDays(1), Readiness.UNKNOWN);
        assertThat(smaller.size()).isEqualTo(2);
        assertThat(smaller.reason().code()).isEqualTo(ReasonCode.AFTER_SLIP);
        assertThat(english(smaller.reason()))
                .isEqualTo("After a slip, a smaller step, 2 minutes, carries you back. Nothing you built is lost.");
    }

    @Test
    void theSeventhProposalAfterASlipIsNoBiggerThanTheSlipDay() {
        Sizing km = new Sizing(2, "km", 0.1, 2, 10.0);
        EngineState state = engine.record(km, engine.start(km), new CheckIn(DAY, Outcome.SLIP, null, null, null),
                Readiness.UNKNOWN).state();
        for (int i = 1; i <= 6; i++) {
            state = record(km, state, done(DAY.plusDays(i), 1));
        }
        assertThat(engine.propose(km, state, DAY.plusDays(7), Readiness.UNKNOWN).size()).isLessThanOrEqualTo(2);
    }

    @Test
    void onTheSlipDayItselfTheLimitEndsNextWeek() {
        Sizing km = new Sizing(2, "km", 0.1, 2, 10.0);
        EngineState state = engine.record(km, engine.start(km), new CheckIn(DAY, Outcome.SLIP, null, null, null),
                Readiness.UNKNOWN).state();
        assertThat(english(engine.propose(km, state, DAY, Readiness.UNKNOWN).reason()))
                .isEqualTo("After a slip, small steps carry you back: 2 km, and nothing bigger until next Monday.");
    }

    @Test
    void aSlipMovesTheLevelAndTheBeliefAsAMissDoesAndLimitsTheWeek() {
        EngineState early = easyDays(engine, minutes, engine.start(minutes), 20);
        LocalDate slipDay = DAY.plusDays(20);
        EngineState slipped = record(early, new CheckIn(slipDay, Outcome.SLIP, null, null, null));
        EngineState missed = record(early, CheckIn.missed(slipDay));
        assertThat(slipped.level()).isEqualTo(missed.level());
        assertThat(slipped.belief()).isEqualTo(missed.belief());
        assertThat(slipped.limit()).isEqualTo(11);
        assertThat(missed.limit()).isNull();
    }

    @Test
    void aCrisisPausesGrowthForTheDayAndTheThreeAfterAndSaysSafetyComesFirst() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 6);
        LocalDate crisisDay = DAY.plusDays(6);
        assertThat(engine.propose(minutes, state, crisisDay, Readiness.UNKNOWN).size()).isEqualTo(7);
        state = engine.crisis(state, crisisDay);
        Proposal p = engine.propose(minutes, state, crisisDay, Readiness.UNKNOWN);
        assertThat(p.size()).as("the growth to 7 minutes waits").isEqualTo(6);
        assertThat(p.reason().code()).isEqualTo(ReasonCode.CRISIS_PAUSE);
        assertThat(english(p.reason()))
                .isEqualTo("Your safety comes first: 6 minutes is plenty, and nothing grows for a few days.");
        double before = state.level();
        for (int i = 0; i < 4; i++) {
            state = record(state, done(crisisDay.plusDays(i), 0));
            assertThat(state.level()).isEqualTo(before);
        }
        Proposal after = engine.propose(minutes, state, crisisDay.plusDays(4), Readiness.UNKNOWN);
        assertThat(after.action()).as("growth resumes after the pause").isEqualTo(Action.GROW);
        assertThat(after.size()).isEqualTo(7);
    }

    /** Said not safe, or a crisis craving: the floor, in the crisis pause's words, not "a hard day". */
    @Test
    void aDayOfCrisisAsksTheFloorInTheWordsOfSafety() {
        EngineState state = easyDays(engine, minutes, engine.start(minutes), 6);
        for (Readiness crisis : List.of(Readiness.UNKNOWN.stillNotSafe(), new Readiness(6, 8, 9))) {
            Proposal p = engine.propose(minutes, state, DAY.plusDays(6), crisis);
            assertThat(p.action()).isEqualTo(Action.FLOOR);
            assertThat(p.reason().code()).isEqualTo(ReasonCode.CRISIS_PAUSE);
            assertThat(english(p.reason()))
                    .isEqualTo("Your safety comes first: 1 minute is plenty, and nothing grows for a few days.");
        }
    }

    @Test
    void aMissDuringACrisisStillShrinksTheStep() {
        EngineState state = engine.crisis(easyDays(engine, minutes, engine.start(minutes), 4), DAY.plusDays(4));
        EngineState after = record(state, CheckIn.missed(DAY.plusDays(4)));
        assertThat(after.level()).isLessThan(state.level());
    }

    /** The chance the state's level is not done on an ordinary day, for all its belief knows. */
    static double risk(EngineState state) {
        Belief belief = state.belief();
        return 1 - Normal.cdf((belief.capacity() - state.level())
                / Math.sqrt(Belief.SPREAD * Belief.SPREAD + belief.capacityVariance()));
    }

    private EngineState easyDays(Engine coach, Sizing sizing, EngineState state, int count) {
        return easyDays(coach, sizing, state, 0, count);
    }

    /** Records {@code count} easy days (resistance 2) from day number {@code from}. */
    private EngineState easyDays(Engine coach, Sizing sizing, EngineState state, int from, int count) {
        for (int i = from; i < from + count; i++) {
            state = coach.record(sizing, state, done(DAY.plusDays(i), 2), Readiness.UNKNOWN).state();
        }
        return state;
    }

    private static CheckIn done(LocalDate day, int resistance) {
        return new CheckIn(day, Outcome.DONE, null, resistance, null);
    }

    private EngineState record(EngineState state, CheckIn checkIn) {
        return record(minutes, state, checkIn);
    }

    private EngineState record(Sizing sizing, EngineState state, CheckIn checkIn) {
        return engine.record(sizing, state, checkIn, Readiness.UNKNOWN).state();
    }
}
