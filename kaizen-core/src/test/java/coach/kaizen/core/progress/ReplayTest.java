package coach.kaizen.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Action;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final Engine engine = Engine.standard();
    private final Step step = new Step(1, 1, "Walk", new Sizing(5, "minutes", 1, 2, null), null, Schedule.DAILY, DAY);

    private final List<CheckIn> checkIns = List.of(CheckIn.done(DAY), CheckIn.done(DAY.plusDays(1)),
            CheckIn.done(DAY.plusDays(2)), new CheckIn(DAY.plusDays(3), Outcome.DONE, 3.0, null, null),
            CheckIn.missed(DAY.plusDays(4)), CheckIn.skipped(DAY.plusDays(5)), CheckIn.done(DAY.plusDays(7)));
    private final List<Choice> choices = List.of(new Choice(DAY.plusDays(1), 4));
    private final Map<LocalDate, Readiness> readiness = Map.of(DAY.plusDays(2), new Readiness(2, null, null),
            DAY.plusDays(8), new Readiness(null, null, null, true));

    @Test
    void endsWhereTheReplayEnds() {
        Replay replay = StepProgress.replayDays(engine, step, checkIns, choices, readiness);
        assertThat(replay.progress()).isEqualTo(StepProgress.replay(engine, step, checkIns, choices, readiness));
        assertThat(replay.days()).extracting(day -> day.checkIn().day())
                .containsExactly(checkIns.stream().map(CheckIn::day).toArray(LocalDate[]::new));
    }

    @Test
    void keepsTheSizeAskedAndDoneEachDay() {
        List<Replay.Day> days = StepProgress.replayDays(engine, step, checkIns, choices, readiness).days();
        // 5; the 4 chosen on day 1; the floor on the hard day; 4 again; then 3 of 4 asks 3, what was done, and a
        // miss brings the step down to its smallest version, 2, where it stays after the skip.
        assertThat(days).extracting(day -> day.asked().size()).containsExactly(5.0, 4.0, 2.0, 4.0, 3.0, 2.0, 2.0);
        assertThat(days.get(2).asked().action()).isEqualTo(Action.FLOOR);
        assertThat(days).extracting(Replay.Day::sizeDone).containsExactly(5.0, 4.0, 2.0, 3.0, null, null, 2.0);
    }

    @Test
    void theSizeOnADayIsTheRegularSizeLastAsked() {
        Replay replay = StepProgress.replayDays(engine, step, checkIns, choices, readiness);
        assertThat(replay.sizeOn(DAY.minusDays(1))).isEqualTo(5.0);
        // The hard day asked the floor, 2, but the step stayed at the 4 chosen the day before.
        assertThat(replay.sizeOn(DAY.plusDays(2))).isEqualTo(4.0);
        assertThat(replay.sizeOn(DAY.plusDays(7))).isEqualTo(2.0);
    }

    @Test
    void theSizeAfterADayIsWhatTheNextOrdinaryDayIsAsked() {
        List<CheckIn> weeks = new ArrayList<>();
        String said = "DDDDDDDMDDDDMMDDDDDDD";
        for (int i = 0; i < said.length(); i++) {
            weeks.add(said.charAt(i) == 'D' ? CheckIn.done(DAY.plusDays(i)) : CheckIn.missed(DAY.plusDays(i)));
        }
        Replay replay = StepProgress.replayDays(engine, step, weeks, List.of(), Map.of());
        for (int i = 0; i + 1 < replay.days().size(); i++) {
            assertThat(replay.sizeAfter(DAY.plusDays(i))).as("after day %d", i)
                    .isEqualTo(replay.days().get(i + 1).asked().size());
        }
        // A Not today takes the step down at once: the size after it is below the size asked that day.
        assertThat(replay.sizeAfter(DAY.plusDays(7))).isLessThan(replay.days().get(7).asked().size());
        assertThat(replay.sizeAfter(DAY.minusDays(1))).as("before any day, the start").isEqualTo(5.0);
    }

    @Test
    void aFirstDayExcusedLeavesTheStartSize() {
        Replay replay = StepProgress.replayDays(engine, step, List.of(CheckIn.skipped(DAY)), List.of(), Map.of());
        assertThat(replay.sizeOn(DAY)).isEqualTo(5.0);
        assertThat(replay.sizeAfter(DAY)).isEqualTo(5.0);
    }
}
