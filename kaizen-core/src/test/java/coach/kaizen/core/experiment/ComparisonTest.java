package coach.kaizen.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import coach.kaizen.core.text.Message;
import coach.kaizen.core.text.Refused;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final LocalDate CHANGE = LocalDate.of(2026, 11, 10);
    private static final Step WALK = new Step(1, 1, "Walk", new Sizing(2, "minutes", 1, 1, null), null, Schedule.DAILY,
            LocalDate.of(2026, 10, 1));

    private static CheckIn on(int fromChange, Outcome outcome, Integer resistance) {
        return new CheckIn(CHANGE.plusDays(fromChange), outcome, null, resistance, null);
    }

    @Test
    void sevenTrialDaysAreSetBesideTheSevenBefore() {
        List<CheckIn> checkIns = List.of(
                on(-8, Outcome.DONE, 9), // outside both windows
                on(-7, Outcome.DONE, 6), on(-6, Outcome.MISSED, 8), on(-3, Outcome.DONE, 4),
                on(0, Outcome.DONE, 2), on(1, Outcome.DONE, 3), on(2, Outcome.DONE, null), on(6, Outcome.MISSED, 4),
                on(7, Outcome.DONE, 0)); // after the trial
        Comparison comparison = Comparison.around(CHANGE, 7, CHANGE.plusDays(9), List.of(new StepHistory(WALK, checkIns)));
        assertThat(comparison.before()).isEqualTo(new Window(CHANGE.minusDays(7), CHANGE.minusDays(1), 7, 2, 6.0));
        assertThat(comparison.after()).isEqualTo(new Window(CHANGE, CHANGE.plusDays(6), 7, 3, 3.0));
        assertThat(comparison.after().completion()).isEqualTo(3 / 7.0);
        assertThat(comparison.fewDays()).isTrue();
    }

    @Test
    void aTrialStillRunningIsSetBesideAsManyDaysBefore() {
        // Seen on its third day, nothing said yet that day: two days so far, beside the two before it.
        Comparison comparison = Comparison.around(CHANGE, 7, CHANGE.plusDays(2), List.of(new StepHistory(WALK, List.of())));
        assertThat(comparison.after().days()).isEqualTo(2);
        assertThat(comparison.before().from()).isEqualTo(CHANGE.minusDays(2));
        assertThat(comparison.before().meanResistance()).isNull();
    }

    /** Today counts for a step once that step is said: another step of the aim said today is not this one's day. */
    @Test
    void todayCountsOnlyForTheStepsSaidToday() {
        Step stretch = new Step(2, 1, "Stretch", WALK.sizing(), null, Schedule.DAILY, WALK.startDay());
        List<StepHistory> steps = List.of(new StepHistory(WALK, List.of(on(0, Outcome.DONE, null),
                on(1, Outcome.DONE, null), on(2, Outcome.DONE, null))),
                new StepHistory(stretch, List.of(on(0, Outcome.DONE, null), on(1, Outcome.DONE, null))));
        Comparison comparison = Comparison.around(CHANGE, 7, CHANGE.plusDays(2), steps);
        assertThat(comparison.after().dueDays()).as("3 days of Walk, 2 of Stretch, whose today is not said yet")
                .isEqualTo(5);
        assertThat(comparison.after().completion()).isEqualTo(1.0);
    }

    @Test
    void daysBeforeAStepBeganAndDaysOffAreNotCounted() {
        Step weekdays = new Step(2, 1, "Stretch", WALK.sizing(), null, Schedule.parse("mon,thu"), CHANGE.minusDays(3));
        Window window = Window.of(CHANGE.minusDays(7), CHANGE.minusDays(1), List.of(new StepHistory(weekdays, List.of())));
        // 2026-11-07 (Sat) .. 11-09 (Mon): one Monday.
        assertThat(window.dueDays()).isEqualTo(1);
        assertThat(window.completion()).isEqualTo(0.0);
        assertThat(Window.of(CHANGE.minusDays(20), CHANGE.minusDays(10), List.of(new StepHistory(weekdays, List.of())))
                .completion()).isNull();
    }

    /** A trial started on {@code CHANGE}, whether that day was answered before it began, seen on a later day. */
    private record Started(String story, Outcome answeredFirst, List<Integer> doneAfter, int seenOn, int due, int done) {
    }

    @Test
    void aTrialNeverCountsADayFromBeforeItBegan() {
        List<Started> table = List.of(
                new Started("done, then started: not 'with the change, 1 of 1'", Outcome.DONE, List.of(), 0, 0, 0),
                new Started("done, then started, seen the next day", Outcome.DONE, List.of(1), 1, 1, 1),
                new Started("not today, then started, seen before day 3 is said", Outcome.MISSED, List.of(1, 2), 3,
                        2, 2),
                new Started("started first, done later that day", null, List.of(0), 0, 1, 1),
                new Started("started first, nothing said yet: no day missed", null, List.of(), 0, 0, 0),
                new Started("started first, a week of days", null, List.of(0, 1, 2, 4), 9, 7, 4));
        for (Started row : table) {
            List<CheckIn> checkIns = new ArrayList<>();
            if (row.answeredFirst() != null) {
                checkIns.add(on(0, row.answeredFirst(), null));
            }
            row.doneAfter().forEach(day -> checkIns.add(on(day, Outcome.DONE, null)));
            LocalDate first = Experiment.firstDay(CHANGE, row.answeredFirst() != null);
            Comparison comparison = Comparison.around(first, 7, CHANGE.plusDays(row.seenOn()),
                    List.of(new StepHistory(WALK, checkIns)));
            assertThat(comparison.after().dueDays()).as(row.story()).isEqualTo(row.due());
            assertThat(comparison.after().done()).as(row.story()).isEqualTo(row.done());
            assertThat(comparison.before().to()).as(row.story()).isEqualTo(first.minusDays(1));
        }
    }

    @Test
    void aTrialWithNoDaysYetHasEmptyWindowsNeverBackwards() {
        for (LocalDate seen : List.of(CHANGE.minusDays(2), CHANGE.minusDays(1), CHANGE)) {
            Comparison comparison = Comparison.around(CHANGE, 7, seen, List.of(new StepHistory(WALK, List.of())));
            assertThat(comparison.after().days()).as("seen %s", seen).isZero();
            assertThat(comparison.before().days()).as("seen %s", seen).isZero();
            assertThat(comparison.after().to()).isEqualTo(CHANGE.minusDays(1));
        }
    }

    @Test
    void aTrialBegunTheNextDayHasNotBegunOnItsFirst() {
        Experiment trial = new Experiment(1, 1, ExperimentKind.TIME, "Before breakfast",
                Experiment.firstDay(CHANGE, true), 3, null, null);
        assertThat(trial.hasBegun(CHANGE)).isFalse();
        assertThat(trial.isRunning(CHANGE)).isTrue();
        assertThat(trial.hasBegun(CHANGE.plusDays(1))).isTrue();
        assertThat(trial.lastDay()).isEqualTo(CHANGE.plusDays(3));
    }

    @Test
    void anExperimentWaitsForItsVerdictOnceItsDaysAreOver() {
        Experiment trial = new Experiment(1, 1, ExperimentKind.PLACE, "By the window", CHANGE, 7, null, null);
        assertThat(trial.isRunning(CHANGE.plusDays(6))).isTrue();
        assertThat(trial.waitsForVerdict(CHANGE.plusDays(6))).isFalse();
        assertThat(trial.waitsForVerdict(CHANGE.plusDays(7))).isTrue();
        assertThatThrownBy(() -> new Experiment(1, 1, ExperimentKind.PLACE, " ", CHANGE, 7, null, null))
                .hasMessage("change is required");
        // Said "days must be from 2 to 28" in English: see PracticeApiTest and SessionWordsTest in kaizen-app.
        assertThatThrownBy(() -> new Experiment(1, 1, ExperimentKind.PLACE, "x", CHANGE, 1, null, null))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.said()).isEqualTo(Message.of("practice.problem.days", 28)));
    }
}
