package coach.kaizen.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatorBuildTest {

    @Test
    void itHoldsThePersonModelTheOracleAndWhatTheyDeclareWithinButNotTheEngine() {
        assertThat(SimulatorBuild.classes()).contains(Population.Reporting.class, Population.Quitting.class,
                SimulatedPerson.Traits.class, SimulatedPerson.Attempt.class, Odds.class, Oracle.class,
                Frontier.Point.class);
        assertThat(SimulatorBuild.classes()).noneMatch(type -> type.getPackageName().endsWith(".engine"));
    }
}
