package coach.kaizen.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.step.Sizing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain weighted up-down controller (Kaernbach 1991), alone and inside a fixed-target engine. */
class UpDownControllerTest {

    private static final int DAYS = 20_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @ParameterizedTest(name = "p* = {0}: a miss multiplies the size by {1}")
    @CsvSource({"0.85, 0.9452", "0.90, 0.9143", "0.80, 0.9610"})
    void aMissShrinksBy(double target, double factor) {
        UpDownController controller = UpDownController.forTarget(target);
        assertThat(Math.exp(controller.afterMiss(0))).isCloseTo(factor, within(5e-5));
        assertThat(Math.exp(controller.afterSuccess(0))).isCloseTo(1.01, within(1e-12));
        assertThat(controller.equilibrium()).isCloseTo(target, within(1e-12));
    }

    @Test
    void aHardSuccessIsHalfAMiss() {
        UpDownController controller = UpDownController.forTarget(0.85);
        assertThat(controller.afterHardSuccess(1)).isCloseTo(1 - controller.down() / 2, within(1e-15));
    }

    @ParameterizedTest(name = "p* = {0}")
    @ValueSource(doubles = {0.80, 0.85, 0.90})
    void successFractionFollowsTheExactIdentity(double target) {
        // With no clipping: fraction = (b·N + L_N − L_0) / ((a + b)·N).
        Engine engine = new Engine(EngineSettings.DEFAULTS.withTarget(target));
        UpDownController controller = UpDownController.forTarget(target);
        Sizing sizing = unclipped();
        EngineState state = engine.start(sizing);
        boolean[] pattern = {true, true, false, true, true, true, false, false, true, true, true, true, true};
        int successes = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            boolean done = pattern[i % pattern.length];
            successes += done ? 1 : 0;
            LocalDate day = FIRST_DAY.plusDays(i);
            CheckIn checkIn = done ? CheckIn.done(day) : CheckIn.missed(day);
            state = engine.record(sizing, state, checkIn, Readiness.UNKNOWN).state();
            assertThat(state.level()).as("never clipped by the floor").isGreaterThan(Math.log(sizing.floor()));
        }
        double a = controller.up();
        double b = controller.down();
        double identity = (b * n + state.level() - sizing.startLevel()) / ((a + b) * n);
        assertThat(identity).isCloseTo((double) successes / n, within(1e-9));
    }

    @ParameterizedTest(name = "σ = {0}, p* = {1}")
    @CsvSource({"0.1, 0.85", "0.3, 0.85", "1.0, 0.85", "0.3, 0.80", "0.3, 0.90", "1.0, 0.80", "0.1, 0.90"})
    void holdsASimulatedPersonAtTheTarget(double sigma, double target) {
        Engine engine = new Engine(EngineSettings.DEFAULTS.withTarget(target));
        Sizing sizing = unclipped();
        LogisticPerson person = new LogisticPerson(10, sigma, 42);
        EngineState state = engine.start(sizing);
        int successes = 0;
        double lowest = state.level();
        double highest = state.level();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = FIRST_DAY.plusDays(i);
            double size = engine.propose(sizing, state, day, Readiness.UNKNOWN).size();
            boolean done = person.does(size);
            successes += done ? 1 : 0;
            state = engine.record(sizing, state, done ? CheckIn.done(day) : CheckIn.missed(day), Readiness.UNKNOWN)
                    .state();
            lowest = Math.min(lowest, state.level());
            highest = Math.max(highest, state.level());
        }
        assertThat(lowest).as("never clipped by the floor").isGreaterThan(Math.log(sizing.floor()));
        assertThat(highest).as("never clipped by the ceiling").isLessThan(Math.log(sizing.ceiling()));
        assertThat((double) successes / DAYS).isCloseTo(target, within(0.01));
    }

    @Test
    void equalUpAndDownMovesSitAtFiftyPercent() {
        UpDownController equal = new UpDownController(UpDownController.ONE_PERCENT, UpDownController.ONE_PERCENT);
        assertThat(equal.equilibrium()).isEqualTo(0.5);
        LogisticPerson person = new LogisticPerson(10, 0.3, 7);
        double level = Math.log(2);
        int successes = 0;
        for (int i = 0; i < DAYS; i++) {
            boolean done = person.does(Math.exp(level));
            successes += done ? 1 : 0;
            level = done ? equal.afterSuccess(level) : equal.afterMiss(level);
        }
        assertThat((double) successes / DAYS).isCloseTo(0.5, within(0.01));
    }

    @Test
    void theEngineRefusesATargetThatWouldHoldPeopleAtFiftyPercent() {
        assertThatThrownBy(() -> EngineSettings.DEFAULTS.withTarget(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target success rate must lie above 0.5 and below 1");
        assertThatThrownBy(() -> EngineSettings.DEFAULTS.withTarget(0.3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpDownController.forTarget(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "p* = {0}")
    @ValueSource(doubles = {0.85, 0.90, 0.95})
    void everyTargetASetRateUsesStepsDownFurtherThanUp(double target) {
        UpDownController controller = UpDownController.forTarget(target);
        assertThat(controller.down()).isGreaterThan(controller.up());
        assertThat(controller.down() / controller.up()).isCloseTo(target / (1 - target), within(1e-9));
        assertThat(controller.equilibrium()).isCloseTo(target, within(1e-12));
    }

    @Test
    void theShippedEngineAsksWhatIsDoneNinetySevenTimesInAHundredAndNoControllerHoldsIt() {
        EngineSettings shipped = Engine.standard().settings();
        assertThat(shipped.target()).isEqualTo(0.97);
        assertThat(shipped.fixedTarget()).isFalse();
    }

    private static Sizing unclipped() {
        return new Sizing(2, "minutes", 0.001, 0.001, 1e6);
    }
}
