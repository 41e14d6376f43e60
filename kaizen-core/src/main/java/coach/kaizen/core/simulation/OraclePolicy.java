package coach.kaizen.core.simulation;

import coach.kaizen.core.checkin.CheckIn;
import coach.kaizen.core.engine.Readiness;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The oracle's plan (docs/engine.md §5.4) driven day by day: it reads the truth straight from the
 * simulated person, and gives the floor on a day the person says is hard, as the engine does.
 */
final class OraclePolicy implements Policy {

    private final Oracle.Plan plan;
    private final SimulatedPerson person;
    private final double floor;

    OraclePolicy(Oracle.Plan plan, SimulatedPerson person, double floor) {
        this.plan = plan;
        this.person = person;
        this.floor = floor;
    }

    @Override
    public double propose(LocalDate day, Readiness readiness) {
        return SimulatedPerson.HARD_DAY.equals(readiness) ? floor : regularSize(day);
    }

    @Override
    public void record(CheckIn checkIn, Readiness readiness) {
        // The oracle learns nothing: it already knows.
    }

    @Override
    public double regularSize(LocalDate day) {
        int index = (int) ChronoUnit.DAYS.between(Simulation.FIRST_DAY, day);
        return plan.size(index, person.logCapacity(), person.missesInARow());
    }
}
