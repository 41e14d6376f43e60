package coach.kaizen.core.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.checkin.Outcome;
import coach.kaizen.core.progress.StepHistory;
import coach.kaizen.core.step.Schedule;
import coach.kaizen.core.step.Sizing;
import coach.kaizen.core.step.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObstacleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static StepHistory step(long id, CheckIn... checkIns) {
        return new StepHistory(new Step(id, 1, "Walk", new Sizing(2, "minutes", 1, 1, null), null, Schedule.DAILY,
                TODAY.minusDays(30)), List.of(checkIns));
    }

    private static CheckIn ago(int days, Outcome outcome) {
        return new CheckIn(TODAY.minusDays(days), outcome, null, null, null);
    }

    @Test
    void twoMissesAcrossTheAimsStepsInAWeekAreWorthAsking() {
        assertThat(Obstacle.worthAsking(List.of(step(1, ago(0, Outcome.MISSED)), step(2, ago(6, Outcome.SLIP))), TODAY))
                .isTrue();
        assertThat(Obstacle.worthAsking(List.of(step(1, ago(0, Outcome.MISSED), ago(7, Outcome.MISSED))), TODAY))
                .isFalse();
        assertThat(Obstacle.worthAsking(List.of(step(1, ago(1, Outcome.SKIPPED), ago(2, Outcome.MISSED))), TODAY))
                .isFalse();
    }

    @Test
    void anObstacleNeedsWords() {
        assertThatThrownBy(() -> new Obstacle(1, 1, "  ", ObstacleStatus.WAITING, TODAY, null, null))
                .hasMessage("obstacle is required");
    }

    private static Obstacle obstacle(ObstacleStatus status, LocalDate focusSince) {
        return new Obstacle(1, 1, "Phone by the bed", status, TODAY.minusDays(20), focusSince, null);
    }

    @Test
    void anAimNeedsAnObstacleNamedChosenOrCheckedOnAfterAWeek() {
        var twoMisses = List.of(step(1, ago(1, Outcome.MISSED), ago(3, Outcome.MISSED)));
        var calm = List.of(step(1, ago(1, Outcome.DONE)));
        assertThat(ObstacleNeed.of(twoMisses, List.of(), TODAY)).contains(ObstacleNeed.NAME_ONE);
        assertThat(ObstacleNeed.of(calm, List.of(), TODAY)).isEmpty();
        assertThat(ObstacleNeed.of(calm, List.of(obstacle(ObstacleStatus.WAITING, null)), TODAY))
                .contains(ObstacleNeed.CHOOSE_FOCUS);
        assertThat(ObstacleNeed.of(twoMisses, List.of(obstacle(ObstacleStatus.IN_FOCUS, TODAY.minusDays(6))), TODAY))
                .as("one is in focus already, for less than a week").isEmpty();
        assertThat(ObstacleNeed.of(calm, List.of(obstacle(ObstacleStatus.IN_FOCUS, TODAY.minusDays(7))), TODAY))
                .contains(ObstacleNeed.STILL_THERE);
        assertThat(ObstacleNeed.of(calm, List.of(obstacle(ObstacleStatus.REMOVED, null)), TODAY)).isEmpty();
    }
}
