package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SituationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Engine ENGINE = Engine.standard();

    private static StepHistory walk(LocalDate start, IntFunction<Outcome> daysAgo) {
        Step step = new Step(1, 1, "Walk", new Sizing(2, "minutes", 1, 1, 60.0), null, Schedule.DAILY, start);
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(TODAY); day = day.plusDays(1)) {
            Outcome outcome = daysAgo.apply((int) (TODAY.toEpochDay() - day.toEpochDay()));
            if (outcome != null) {
                checkIns.add(new CheckIn(day, outcome, null, 2, null));
            }
        }
        return new StepHistory(step, checkIns);
    }

    @Test
    void noStepYetIsRead() {
        assertThat(Situations.of(ENGINE, TODAY, List.of())).containsExactly(Situation.NO_STEP);
        assertThat(Situations.of(ENGINE, TODAY, List.of(walk(TODAY.minusDays(20), ago -> Outcome.DONE))))
                .doesNotContain(Situation.NO_STEP);
    }

    @Test
    void aNewStepIsTheFirstWeek() {
        assertThat(Situations.of(ENGINE, TODAY, List.of(walk(TODAY.minusDays(6), ago -> Outcome.DONE))))
                .contains(Situation.FIRST_WEEK);
        assertThat(Situations.of(ENGINE, TODAY, List.of(walk(TODAY.minusDays(7), ago -> Outcome.DONE))))
                .doesNotContain(Situation.FIRST_WEEK);
    }

    @Test
    void aRecentMissOrSlipIsRead() {
        var missed = walk(TODAY.minusDays(20), ago -> ago == 2 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(missed))).contains(Situation.AFTER_MISS)
                .doesNotContain(Situation.AFTER_SLIP, Situation.GOOD_RUN);
        var slipped = walk(TODAY.minusDays(20), ago -> ago == 1 ? Outcome.SLIP : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(slipped))).contains(Situation.AFTER_SLIP);
        var longAgo = walk(TODAY.minusDays(20), ago -> ago == 3 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(longAgo))).doesNotContain(Situation.AFTER_MISS);
    }

    @Test
    void fiveDoneDaysInARowAreAGoodRunAndAnExcusedDayDoesNotBreakIt() {
        var run = walk(TODAY.minusDays(20), ago -> ago == 3 ? Outcome.SKIPPED : ago == 7 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(run))).contains(Situation.GOOD_RUN);
        var four = walk(TODAY.minusDays(20), ago -> ago == 5 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(four))).doesNotContain(Situation.GOOD_RUN);
    }

    @Test
    void aStepThatStoppedGrowingHasPlateaued() {
        // Done then missed in turn: the controller holds the size where it is.
        var level = walk(TODAY.minusDays(40), ago -> ago > 20 ? Outcome.DONE : ago % 2 == 0 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(level))).contains(Situation.PLATEAU);
        var growing = walk(TODAY.minusDays(40), ago -> Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(growing))).doesNotContain(Situation.PLATEAU);
        var young = walk(TODAY.minusDays(20), ago -> ago % 2 == 0 ? Outcome.MISSED : Outcome.DONE);
        assertThat(Situations.of(ENGINE, TODAY, List.of(young))).doesNotContain(Situation.PLATEAU);
    }
}
