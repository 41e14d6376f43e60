package coach.kaizen.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.session.LookBack.Unsaid;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookBackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate WEEK_AGO = TODAY.minusDays(7);

    private static StepHistory step(long id, String schedule, LocalDate start, LocalDate... said) {
        Step step = new Step(id, 1, "Walk", new Sizing(2, "minutes", 1, 1, null), null, Schedule.parse(schedule), start);
        return new StepHistory(step, List.of(said).stream().map(CheckIn::done).toList());
    }

    private static List<LocalDate> days(List<Unsaid> unsaid) {
        return unsaid.stream().map(Unsaid::day).toList();
    }

    @Test
    void theDaysSinceTheLastSessionItselfIncludedUpToYesterday() {
        StepHistory walk = step(1, "daily", TODAY.minusDays(30), TODAY.minusDays(3), TODAY);
        assertThat(days(LookBack.days(List.of(walk), TODAY, TODAY.minusDays(4), WEEK_AGO)))
                .containsExactly(TODAY.minusDays(4), TODAY.minusDays(2), TODAY.minusDays(1));
    }

    @Test
    void aWeekAtMostWithoutALastSessionOrLongAfterIt() {
        StepHistory walk = step(1, "daily", TODAY.minusDays(30));
        List<LocalDate> week = WEEK_AGO.datesUntil(TODAY).toList();
        assertThat(days(LookBack.days(List.of(walk), TODAY, null, WEEK_AGO))).isEqualTo(week);
        assertThat(days(LookBack.days(List.of(walk), TODAY, TODAY.minusDays(20), WEEK_AGO))).isEqualTo(week);
        assertThat(days(LookBack.days(List.of(walk), TODAY, WEEK_AGO, WEEK_AGO))).isEqualTo(week);
    }

    @Test
    void onlyDaysTheStepWasDueFromItsFirstDay() {
        // 2026-11-21 is a Saturday: the Mondays and Wednesdays since the step began on the 16th.
        StepHistory weekdays = step(1, "mon,wed", TODAY.minusDays(5));
        assertThat(days(LookBack.days(List.of(weekdays), TODAY, null, WEEK_AGO)))
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));
        assertThat(LookBack.days(List.of(step(2, "daily", TODAY)), TODAY, null, WEEK_AGO)).isEmpty();
        assertThat(LookBack.days(List.of(step(3, "daily", TODAY.plusDays(1))), TODAY, null, WEEK_AGO)).isEmpty();
    }

    @Test
    void aTimesInDaysStepHasNoDayToMiss() {
        assertThat(LookBack.days(List.of(step(1, "3/7", TODAY.minusDays(30))), TODAY, null, WEEK_AGO)).isEmpty();
    }

    @Test
    void eachStepSaysItsOwnDays() {
        StepHistory walk = step(1, "daily", TODAY.minusDays(30), TODAY.minusDays(2), TODAY.minusDays(1));
        StepHistory read = step(2, "daily", TODAY.minusDays(30), TODAY.minusDays(2));
        assertThat(LookBack.days(List.of(walk, read), TODAY, TODAY.minusDays(2), WEEK_AGO))
                .containsExactly(new Unsaid(read.step(), TODAY.minusDays(1)));
    }
}
