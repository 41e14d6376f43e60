package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

    @Test
    void metWithEfficiencyOfAtLeastNinetyPercentAndRetentionWithinElevenPoints() {
        Goal goal = Goal.of(rows(0.90, 0.55, 0.66));
        assertThat(goal.efficiency()).isEqualTo(0.90);
        assertThat(goal.belowFixedFloor()).isCloseTo(0.11, within(1e-12));
        assertThat(goal.met()).isTrue();
    }

    @Test
    void notMetWhenTheEngineMovesTooLittle() {
        Goal goal = Goal.of(rows(0.89, 0.60, 0.66));
        assertThat(goal.efficientEnough()).isFalse();
        assertThat(goal.nearFixedFloor()).isTrue();
        assertThat(goal.met()).isFalse();
    }

    @Test
    void notMetWhenTheEngineLosesTooManyPeople() {
        Goal goal = Goal.of(rows(0.97, 0.54, 0.66));
        assertThat(goal.efficientEnough()).isTrue();
        assertThat(goal.nearFixedFloor()).isFalse();
        assertThat(goal.met()).isFalse();
    }

    private static List<PolicyResult> rows(double efficiency, double engineRetention, double fixedFloorRetention) {
        return List.of(row("engine", engineRetention, efficiency), row("fixed-floor", fixedFloorRetention, 0.3));
    }

    private static PolicyResult row(String policy, double retention, double efficiency) {
        return new PolicyResult(policy, retention, 0.01, 0.9, 300, 2, 0.4, 1, efficiency, 0.02);
    }
}
