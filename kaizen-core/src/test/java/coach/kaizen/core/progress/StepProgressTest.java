package coach.kaizen.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.strength.LoopScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final Engine engine = Engine.standard();
    private final Sizing sizing = new Sizing(10, "minutes", 1, 2, null);
    private final Step step = new Step(1, 1, "Walk", sizing, null, Schedule.DAILY, DAY);

    /**
     * A choice kept before such choices were refused replays as it was taken then, never dropped: below
     * the floor (0.5) as the floor, 2; between quanta (4.5) as the size the step showed for it, 5.
     */
    @ParameterizedTest(name = "{0} replays as {1}")
    @CsvSource({"0.5, 2", "4.5, 5"})
    void aChoiceKeptBeforeItWouldBeRefusedReplaysAsItWasTaken(double kept, double taken) {
        List<CheckIn> days = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(1)));
        LocalDate chose = DAY.plusDays(2);
        StepProgress asKept = StepProgress.replay(engine, step, days, List.of(new Choice(chose, kept)), Map.of());
        StepProgress asTaken = StepProgress.replay(engine, step, days, List.of(new Choice(chose, taken)), Map.of());
        assertThat(asKept.engine()).isEqualTo(asTaken.engine());
        assertThat(engine.propose(sizing, asKept.engine(), chose, Readiness.UNKNOWN).size()).isEqualTo(taken);
    }

    @Test
    void aLateCheckInForAnEarlierDayChangesWhatCameAfter() {
        List<CheckIn> onTime = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)));
        StepProgress before = StepProgress.replay(engine, step, onTime, List.of(), Map.of());
        assertThat(before.canAppend(DAY.plusDays(1))).isFalse();

        CheckIn late = new CheckIn(DAY.plusDays(1), Outcome.MISSED, null, null, "forgot to log");
        StepProgress after = StepProgress.replay(engine, step,
                List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)), late), List.of(), Map.of());

        assertThat(after.engine().level()).isLessThan(before.engine().level());
        assertThat(after.strength().through()).isEqualTo(DAY.plusDays(2));
        // Same days and outcomes, in any order given: the missed day was already counted as not done.
        assertThat(after.strength().value()).isCloseTo(before.strength().value(), within(1e-12));
    }

    @Test
    void aCrisisHoldsTheStepForThreeDaysAfterEvenWithoutACheckInThatDay() {
        List<CheckIn> doneEveryDay = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)),
                CheckIn.done(DAY.plusDays(3)));
        Map<LocalDate, Readiness> notSafeOnDay2 = Map.of(DAY.plusDays(1), new Readiness(null, null, null, true));
        StepProgress held = StepProgress.replay(engine, step, doneEveryDay, List.of(), notSafeOnDay2);
        StepProgress ordinary = StepProgress.replay(engine, step, doneEveryDay, List.of(), Map.of());

        assertThat(held.engine().crisisDay()).isEqualTo(DAY.plusDays(1));
        assertThat(engine.propose(sizing, held.engine(), DAY.plusDays(4), Readiness.UNKNOWN).size())
                .isLessThan(engine.propose(sizing, ordinary.engine(), DAY.plusDays(4), Readiness.UNKNOWN).size());
        assertThat(engine.propose(sizing, held.engine(), DAY.plusDays(4), Readiness.UNKNOWN).reason().code().name())
                .isEqualTo("CRISIS_PAUSE");
        // Strength built is never taken away by a crisis.
        assertThat(held.strength()).isEqualTo(ordinary.strength());
        assertThat(new Readiness(3, 8, 9).crisis()).isTrue();
        assertThat(new Readiness(3, 7, 10).crisis()).isFalse();
    }

    @Test
    void aReplayJudgesAHardDayAsItWasLived() {
        Readiness exhausted = new Readiness(1, 9, null);
        CheckIn floorDone = new CheckIn(DAY.plusDays(1), Outcome.DONE, 2.0, 5, null);
        StepProgress lived = StepProgress.start(engine, step)
                .record(engine, step, CheckIn.done(DAY), Readiness.UNKNOWN)
                .record(engine, step, floorDone, exhausted);

        StepProgress replayed = StepProgress.replay(engine, step, List.of(CheckIn.done(DAY), floorDone),
                List.of(), Map.of(DAY.plusDays(1), exhausted));
        StepProgress forgetful = StepProgress.replay(
                engine, step, List.of(CheckIn.done(DAY), floorDone), List.of(), Map.of());

        StepProgress firstDayOnly = StepProgress.start(engine, step).record(engine, step, CheckIn.done(DAY),
                Readiness.UNKNOWN);
        assertThat(replayed).isEqualTo(lived);
        assertThat(firstDayOnly.engine().level()).as("a day done grows the step").isGreaterThan(Math.log(10));
        assertThat(lived.engine().level()).as("the floor done on the hard day moves nothing")
                .isEqualTo(firstDayOnly.engine().level());
        assertThat(forgetful.engine().level()).as("read as an ordinary day, 2 of 10 is short").isLessThan(lived.engine().level());
    }

    @Test
    void appendingExtendsTheHistory() {
        StepProgress p = StepProgress.start(engine, step);
        assertThat(p.canAppend(DAY)).isTrue();
        p = p.record(engine, step, CheckIn.done(DAY), Readiness.UNKNOWN);
        assertThat(p.canAppend(DAY)).isFalse();
        assertThat(p.canAppend(DAY.plusDays(1))).isTrue();
        assertThat(p.strength().value()).isGreaterThan(0);
    }

    @Test
    void aReplayKeepsThePersonsChoicesInTheirPlace() {
        Choice smaller = new Choice(DAY.plusDays(1), 5);
        CheckIn secondDay = new CheckIn(DAY.plusDays(1), Outcome.DONE, null, 1, null);
        StepProgress lived = StepProgress.start(engine, step)
                .record(engine, step, CheckIn.done(DAY), Readiness.UNKNOWN)
                .choose(engine, step, smaller, Readiness.UNKNOWN)
                .record(engine, step, secondDay, Readiness.UNKNOWN)
                .choose(engine, step, new Choice(DAY.plusDays(2), 4), Readiness.UNKNOWN);

        StepProgress replayed = StepProgress.replay(engine, step, List.of(secondDay, CheckIn.done(DAY)),
                List.of(smaller, new Choice(DAY.plusDays(2), 4)), Map.of());

        assertThat(replayed).isEqualTo(lived);
        assertThat(replayed.engine().level()).isEqualTo(Math.log(4));
    }

    @Test
    void aChoiceTheReplayedOfferNoLongerAllowsIsPassedOver() {
        Readiness exhausted = new Readiness(1, null, null);
        List<CheckIn> days = List.of(CheckIn.done(DAY));
        StepProgress withoutChoice = StepProgress.replay(engine, step, days, List.of(), Map.of());

        // Since the choice, the person said the day was a hard one: the floor leaves nothing smaller to choose.
        StepProgress replayed = StepProgress.replay(engine, step, days, List.of(new Choice(DAY.plusDays(1), 3)),
                Map.of(DAY.plusDays(1), exhausted));

        assertThat(replayed).isEqualTo(withoutChoice);
    }

    @Test
    void aLadderReplaysWithItsChoicesAndARungDoneCountsFully() {
        Sizing meditate = Sizing.ladder(List.of("Sit down on the cushion", "Three breaths", "One minute"), 3);
        Step sit = new Step(2, 1, "Meditate", meditate, null, Schedule.DAILY, DAY);
        Choice lower = new Choice(DAY.plusDays(1), 2);
        StepProgress lived = StepProgress.start(engine, sit)
                .record(engine, sit, CheckIn.done(DAY), Readiness.UNKNOWN)
                .choose(engine, sit, lower, Readiness.UNKNOWN)
                .record(engine, sit, CheckIn.done(DAY.plusDays(1)), Readiness.UNKNOWN);

        StepProgress replayed = StepProgress.replay(engine, sit,
                List.of(CheckIn.done(DAY.plusDays(1)), CheckIn.done(DAY)), List.of(lower), Map.of());

        assertThat(replayed).isEqualTo(lived);
        assertThat(lived.engine().level()).as("a rung done grows the step from the rung chosen")
                .isGreaterThan(meditate.levelOf(2));
        double twoDaysDone = LoopScore.compute(1, LoopScore.compute(1, 0, 1), 1);
        assertThat(lived.strength().value()).as("a rung done counts fully, whatever its number")
                .isCloseTo(twoDaysDone, within(1e-12));
    }

    @Test
    void aStepThatBecomesALadderReadsItsOldAmountsAsDone() {
        Step ladder = new Step(1, 1, "Walk", Sizing.ladder(List.of("Shoes on", "Round the block", "A mile"), 2), null,
                Schedule.DAILY, DAY);
        List<CheckIn> saidInMinutes = List.of(new CheckIn(DAY, Outcome.DONE, 1.0, 2, null),
                new CheckIn(DAY.plusDays(1), Outcome.DONE, 12.0, 2, null));
        List<CheckIn> plainlyDone = saidInMinutes.stream().map(CheckIn::withoutAmount).toList();

        StepProgress replayed = StepProgress.replay(engine, ladder, saidInMinutes, List.of(), Map.of());

        assertThat(replayed).isEqualTo(StepProgress.replay(engine, ladder, plainlyDone, List.of(), Map.of()));
        assertThat(replayed.engine().level()).as("1 of rung 2 would have been a short day")
                .isGreaterThan(ladder.sizing().startLevel());
    }

    // A schedule of times in days: a day not done that was not required is no miss for the engine.

    private final Step threeInSeven = new Step(3, 1, "Swim", sizing, null, new Schedule.TimesInDays(3, 7), DAY);

    @Test
    void onThreeInSevenANotTodayThatLeavesTheRunReachableChangesNothingForTheEngine() {
        List<CheckIn> doneTwice = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(1)));
        StepProgress before = StepProgress.replay(engine, threeInSeven, doneTwice, List.of(), Map.of());
        LocalDate notToday = DAY.plusDays(2);

        Replay replay = StepProgress.replayDays(engine, threeInSeven,
                List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(1)), CheckIn.missed(notToday)), List.of(), Map.of());
        StepProgress excused = before.record(engine, threeInSeven, CheckIn.skipped(notToday), Readiness.UNKNOWN);

        assertThat(replay.progress().engine()).isEqualTo(excused.engine());
        assertThat(engine.propose(sizing, replay.progress().engine(), notToday.plusDays(1), Readiness.UNKNOWN).size())
                .isEqualTo(engine.propose(sizing, before.engine(), notToday, Readiness.UNKNOWN).size());
        // Kept as said: the day reads MISSED, and the strength counts it as not done.
        assertThat(replay.days().get(2).checkIn().outcome()).isEqualTo(Outcome.MISSED);
        assertThat(replay.progress().strength()).isEqualTo(before.strength()
                .after(CheckIn.missed(notToday), 10, threeInSeven.schedule()));
        assertThat(replay.progress().strength()).isNotEqualTo(excused.strength());
    }

    @Test
    void onThreeInSevenTheFirstNotTodayThatLeavesTooFewDaysIsAMiss() {
        StepProgress progress = StepProgress.start(engine, threeInSeven);
        // Nothing done yet: days 1 to 4 leave 6, 5, 4 and 3 days of the first seven, enough for three.
        for (int i = 0; i < 4; i++) {
            progress = progress.record(engine, threeInSeven, CheckIn.missed(DAY.plusDays(i)), Readiness.UNKNOWN);
            assertThat(progress.engine().level()).as("day %d", i + 1).isEqualTo(sizing.startLevel());
        }
        StepProgress fifth = progress.record(engine, threeInSeven, CheckIn.missed(DAY.plusDays(4)), Readiness.UNKNOWN);
        assertThat(fifth.engine().level()).as("two days left cannot make three").isLessThan(sizing.startLevel());

        // The same days on a daily step: every Not today is a miss.
        StepProgress daily = StepProgress.start(engine, step)
                .record(engine, step, CheckIn.missed(DAY), Readiness.UNKNOWN);
        assertThat(daily.engine().level()).isLessThan(sizing.startLevel());
    }

    @Test
    void afterTheFirstRunANotTodayCountsOnlyWhenTheSevenDaysEndingOnItHoldFewerThanThree() {
        // Done on the 1st, 3rd and 5th day: three in the six days before the 7th.
        List<CheckIn> history = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)), CheckIn.done(DAY.plusDays(4)),
                CheckIn.missed(DAY.plusDays(6)));
        StepProgress met = StepProgress.replay(engine, threeInSeven, history, List.of(), Map.of());
        StepProgress threeDone = StepProgress.replay(engine, threeInSeven, history.subList(0, 3), List.of(), Map.of());
        assertThat(met.engine().level()).isEqualTo(threeDone.engine().level());

        // On the 9th the run from the 3rd holds only the 3rd and the 5th: the day was needed.
        StepProgress needed = StepProgress.replay(engine, threeInSeven,
                List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(2)), CheckIn.done(DAY.plusDays(4)),
                        CheckIn.missed(DAY.plusDays(8))), List.of(), Map.of());
        assertThat(needed.engine().level()).isLessThan(threeDone.engine().level());
    }

    @Test
    void onThreeInSevenRecordingDayByDayEqualsTheReplay() {
        List<CheckIn> days = List.of(CheckIn.missed(DAY), CheckIn.done(DAY.plusDays(1)), CheckIn.missed(DAY.plusDays(3)),
                CheckIn.skipped(DAY.plusDays(4)), CheckIn.missed(DAY.plusDays(5)), CheckIn.missed(DAY.plusDays(6)),
                CheckIn.done(DAY.plusDays(9)), CheckIn.missed(DAY.plusDays(10)));
        StepProgress stepwise = StepProgress.start(engine, threeInSeven);
        for (CheckIn checkIn : days) {
            stepwise = stepwise.record(engine, threeInSeven, checkIn, Readiness.UNKNOWN);
        }
        List<CheckIn> backwards = new ArrayList<>(days);
        Collections.reverse(backwards);
        assertThat(StepProgress.replay(engine, threeInSeven, backwards, List.of(), Map.of())).isEqualTo(stepwise);
        assertThat(stepwise.engine().level()).as("some of those days were misses").isLessThan(sizing.startLevel());
    }
}
