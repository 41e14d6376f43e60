package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.kaizen.core.engine.Engine;
import coach.kaizen.core.engine.EngineSettings;
import coach.kaizen.core.step.Sizing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SimulationTest {

    private static final int PEOPLE = 200;
    private static final int DAYS = 90;

    private static final Population.Start START =
            new Population.Start(new Sizing(2, "minutes", 1, 1, 120.0), 30);
    private static final Population.LogNormal CAPACITY = new Population.LogNormal(4, 0.5);
    private static final Population.LogNormal CAPACITY_MAX = new Population.LogNormal(40, 0.5);
    private static final Population.HardDays HARD_DAYS = new Population.HardDays(0.1, 0.7);
    private static final Population.Quitting QUIT = new Population.Quitting(0.002, 0.03, 0.01);

    /** Like simulations/steady.json, smaller: a goal of 30 minutes for people able to do about 4. */
    private static final Population STEADY =
            new Population("steady", PEOPLE, START, CAPACITY, CAPACITY_MAX, 0.3, 0.02, HARD_DAYS, QUIT);

    @Test
    void theSameSeedGivesTheSameResults() {
        SimulationResult first = run(STEADY, 7, Engine.standard());
        SimulationResult second = run(STEADY, 7, Engine.standard());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDifferentSeedGivesDifferentNumbers() {
        SimulationResult seven = run(STEADY, 7, Engine.standard());
        SimulationResult eight = run(STEADY, 8, Engine.standard());
        assertThat(eight.policy("engine").volume()).isNotEqualTo(seven.policy("engine").volume());
        assertThat(eight.policies()).isNotEqualTo(seven.policies());
    }

    @Test
    void theResultSaysWhatWasRun() {
        SimulationResult result = run(STEADY, 7, Engine.standard());
        assertThat(result.population()).isEqualTo("steady");
        assertThat(result.days()).isEqualTo(DAYS);
        assertThat(result.seed()).isEqualTo(7);
        assertThat(result.people()).isEqualTo(PEOPLE);
    }

    @Test
    void everyPolicyOfTheDesignAppearsInItsOrder() {
        List<String> names = run(STEADY, 7, Engine.standard()).policies().stream().map(PolicyResult::policy).toList();
        assertThat(names).containsExactly("engine", "fixed-floor", "fixed-start", "daily-1pct", "equal-staircase",
                "go-big");
        assertThat(Arrays.stream(PolicyKind.values()).map(PolicyKind::label)).containsExactlyElementsOf(names);
    }

    @Test
    void anUnknownPolicyIsNamedInTheError() {
        SimulationResult result = run(STEADY, 7, Engine.standard());
        assertThatThrownBy(() -> result.policy("go-small"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no policy called go-small");
    }

    @Test
    void sharesStayBetweenZeroAndOne() {
        for (PolicyResult row : run(STEADY, 7, Engine.standard()).policies()) {
            assertThat(row.retention()).as(row.policy()).isBetween(0.0, 1.0);
            assertThat(row.successRate()).as(row.policy()).isBetween(0.0, 1.0);
            assertThat(row.volume()).as(row.policy()).isGreaterThanOrEqualTo(0);
            assertThat(row.finalSizeToCapacity()).as(row.policy()).isGreaterThan(0);
            assertThat(row.longestMissRun()).as(row.policy()).isBetween(0.0, (double) DAYS);
        }
    }

    @Test
    void theTinyVersionSucceedsAtLeastAsOftenAsTheStartingSize() {
        SimulationResult result = run(STEADY, 7, Engine.standard());
        assertThat(result.policy("fixed-floor").successRate())
                .isGreaterThanOrEqualTo(result.policy("fixed-start").successRate());
    }

    @Test
    void goingBigLosesTheMostPeopleWhenTheGoalIsFarAboveCapacity() {
        SimulationResult result = run(STEADY, 7, Engine.standard());
        double goBig = result.policy("go-big").retention();
        for (PolicyResult row : result.policies()) {
            if (!row.policy().equals("go-big")) {
                assertThat(goBig).as("go-big against " + row.policy()).isLessThan(row.retention());
            }
        }
    }

    @Test
    void everyPolicyMeetsTheSamePeopleSoOnlyTheEngineRowDependsOnTheEngine() {
        SimulationResult shipped = run(STEADY, 7, Engine.standard());
        SimulationResult plain = run(STEADY, 7, new Engine(EngineSettings.DEFAULTS.withTarget(0.85)));
        assertThat(plain.policies().subList(1, 6)).isEqualTo(shipped.policies().subList(1, 6));
        assertThat(plain.policy("engine")).isNotEqualTo(shipped.policy("engine"));
    }

    @Test
    void progressHearsOfEveryPersonInTurn() {
        List<Integer> heard = new ArrayList<>();
        new Simulation(STEADY, 5, 7, Engine.standard()).run(heard::add);
        assertThat(heard).hasSize(PEOPLE).startsWith(1, 2, 3).endsWith(PEOPLE);
    }

    @Test
    void aSimulationRunsFromOneDayToTenYears() {
        assertThatThrownBy(() -> new Simulation(STEADY, 0, 7, Engine.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be from 1 to 3650");
        assertThatThrownBy(() -> new Simulation(STEADY, 3651, 7, Engine.standard()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be from 1 to 3650");
        assertThat(new Simulation(STEADY, 1, 7, Engine.standard()).run(p -> { }).days()).isEqualTo(1);
    }

    @Test
    void aPopulationRejectsBadValuesNamingTheField() {
        refuses("capacity.median must be a number above zero", () -> population(
                new Population.LogNormal(0, 0.5), CAPACITY_MAX, 0.3, HARD_DAYS, QUIT));
        refuses("capacity.median must be a number above zero", () -> population(
                new Population.LogNormal(Double.NaN, 0.5), CAPACITY_MAX, 0.3, HARD_DAYS, QUIT));
        refuses("capacityMax.spread must be zero or more", () -> population(
                CAPACITY, new Population.LogNormal(40, -0.1), 0.3, HARD_DAYS, QUIT));
        refuses("sigma must be a number above zero", () -> population(CAPACITY, CAPACITY_MAX, 0, HARD_DAYS, QUIT));
        refuses("hardDays.probability must be from 0 to 1", () -> new Population.HardDays(1.5, 0.7));
        refuses("hardDays.probability must be from 0 to 1", () -> new Population.HardDays(Double.NaN, 0.7));
        refuses("hardDays.drop must be zero or more", () -> new Population.HardDays(0.1, -1));
        refuses("quit.perMiss must be from 0 to 1", () -> new Population.Quitting(0.002, -0.03, 0.01));
        refuses("start.goal must be a number above zero",
                () -> new Population.Start(new Sizing(2, "minutes", 1, 1, 120.0), 0));
        refuses("capacity is required", () -> population(null, CAPACITY_MAX, 0.3, HARD_DAYS, QUIT));
        refuses("quit is required", () -> population(CAPACITY, CAPACITY_MAX, 0.3, HARD_DAYS, null));
        refuses("people must be from 1 to 1000000", () -> new Population("steady", 0, START, CAPACITY,
                CAPACITY_MAX, 0.3, 0.02, HARD_DAYS, QUIT));
        refuses("name is required", () -> new Population(" ", PEOPLE, START, CAPACITY, CAPACITY_MAX, 0.3, 0.02,
                HARD_DAYS, QUIT));
        refuses("practiceGain must be zero or more", () -> new Population("steady", PEOPLE, START, CAPACITY,
                CAPACITY_MAX, 0.3, -0.02, HARD_DAYS, QUIT));
    }

    private static void refuses(String message, Executable create) {
        assertThatThrownBy(create::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static Population population(Population.LogNormal capacity, Population.LogNormal capacityMax,
            double sigma, Population.HardDays hardDays, Population.Quitting quit) {
        return new Population("steady", PEOPLE, START, capacity, capacityMax, sigma, 0.02, hardDays, quit);
    }

    private static SimulationResult run(Population population, long seed, Engine engine) {
        return new Simulation(population, DAYS, seed, engine).run(person -> { });
    }
}
