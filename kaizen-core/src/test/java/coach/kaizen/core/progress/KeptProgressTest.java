package coach.kaizen.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.Readiness;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptProgressTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final Engine engine = Engine.standard();
    private final Step step = new Step(1, 1, "Walk", new Sizing(10, "minutes", 1, 2, null), null, Schedule.DAILY, DAY);
    private final StepProgress first = StepProgress.start(engine, step)
            .record(engine, step, CheckIn.done(DAY), Readiness.UNKNOWN);
    private final StepProgress second = first
            .record(engine, step, new CheckIn(DAY.plusDays(2), Outcome.DONE, null, 2, null), Readiness.UNKNOWN);

    @Test
    void aNewDayIsRecordedOnTheLatestProgress() {
        assertThat(new KeptProgress(second, first).base(DAY.plusDays(3))).contains(second);
        assertThat(new KeptProgress(second, null).base(DAY.plusDays(3))).contains(second);
    }

    @Test
    void aCorrectionOfTheLastDayIsRecordedOnWhatCameBeforeItAndMatchesAReplay() {
        CheckIn corrected = new CheckIn(DAY.plusDays(2), Outcome.MISSED, null, null, "rain");
        StepProgress base = new KeptProgress(second, first).base(DAY.plusDays(2)).orElseThrow();

        assertThat(base).isEqualTo(first);
        assertThat(base.record(engine, step, corrected, Readiness.UNKNOWN)).isEqualTo(StepProgress.replay(engine, step,
                List.of(CheckIn.done(DAY), corrected), List.of(), Map.of()));
    }

    @Test
    void anEarlierDayOrAReplayedLastDayNeedsAReplay() {
        assertThat(new KeptProgress(second, first).base(DAY.plusDays(1))).as("a late day between the two").isEmpty();
        assertThat(new KeptProgress(second, first).base(DAY)).isEmpty();
        assertThat(new KeptProgress(second, null).base(DAY.plusDays(2))).isEmpty();
    }

    @Test
    void aReplayKeepsWhatCameBeforeItsLastDayUnlessAChoiceCameAfterIt() {
        List<CheckIn> days = List.of(CheckIn.done(DAY), new CheckIn(DAY.plusDays(2), Outcome.DONE, null, 2, null));
        assertThat(StepProgress.replayDays(engine, step, days, List.of(), Map.of()).kept())
                .isEqualTo(new KeptProgress(second, first));

        Replay chosen = StepProgress.replayDays(engine, step, days, List.of(new Choice(DAY.plusDays(3), 3)), Map.of());
        assertThat(chosen.progress()).as("the choice was taken").isNotEqualTo(second);
        assertThat(chosen.kept().base(DAY.plusDays(2))).as("starting that day again would lose the choice").isEmpty();
    }
}
